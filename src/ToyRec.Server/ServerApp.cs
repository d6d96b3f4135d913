using System.Text.Json.Serialization;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ToyRec.Content;
using ToyRec.Server.Catalog;
using ToyRec.Server.Endpoints;
using ToyRec.Server.Evaluation;
using ToyRec.Server.Http;
using ToyRec.Server.Recommendations;
using ToyRec.Server.Sessions;

namespace ToyRec.Server;

/// <summary>
/// Builds the ToyRec web application: the same for the server's own entry point, <c>toyrec serve</c> and tests.
/// </summary>
public static class ServerApp
{
    /// <summary>Kestrel's own body cap; the API checks its 64 KiB limit below it, answering ProblemDetails.</summary>
    public const long KestrelBodyLimit = 1024 * 1024;

    /// <summary>
    /// Creates the app. <paramref name="configure"/> runs before the default services are added, so a model
    /// registered there (an <see cref="IRecommendationService"/>, an <see cref="ICategoryPredictor"/>) replaces
    /// the fallback.
    /// </summary>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Information",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",

                // Logs go to stderr, as every ToyRec command's do, so stdout stays free for a caller to read.
                ["Logging:Console:LogToStandardErrorThreshold"] = "Trace",
            },
        });
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
            builder.WebHost.UseUrls(ServerSettings.DefaultUrls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = KestrelBodyLimit;
            kestrel.AddServerHeader = false;
        });
        configure?.Invoke(builder);
        AddServices(builder.Services);

        var app = builder.Build();
        app.UseMiddleware<RequestLog>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi();
        app.MapWebPage();
        app.MapHealth();
        app.MapProducts();
        app.MapCategoryPrediction();
        app.MapRecommendations();
        app.MapSessions();
        app.MapEvaluation();

        // Load the catalogue, models and database now, so that a bad path fails at start-up, not at a request.
        app.Services.GetRequiredService<IRecommendationService>();
        app.Services.GetRequiredService<ICategoryPredictor>();
        app.Services.GetRequiredService<EventStore>();
        return app;
    }

    private static string? FrameworkProblemDetail(HttpContext context)
    {
        string path = ShownText.Of(context.Request.Path.Value ?? "");
        return context.Response.StatusCode switch
        {
            StatusCodes.Status415UnsupportedMediaType => Problems.NotJsonDetail(context.Request),
            StatusCodes.Status405MethodNotAllowed => context.Response.Headers.Allow is { Count: > 0 } allow
                ? $"{path} does not take {context.Request.Method}; it takes {string.Join(", ", allow.ToArray())}."
                : $"{path} does not take {context.Request.Method}; /openapi/v1.json lists each route's methods.",
            StatusCodes.Status404NotFound when context.GetEndpoint() is null =>
                $"no route matches {path}; /openapi/v1.json lists the API's routes.",
            _ => null,
        };
    }

    private static ILogger ModelsLogger(IServiceProvider services) =>
        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ServerModels).FullName!);

    private static void AddServices(IServiceCollection services)
    {
        // The routing layer's own refusals (wrong Content-Type, method or path) come with a title only; the
        // detail says what the API takes instead.
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Detail ??= FrameworkProblemDetail(context.HttpContext));

        // A number in a string ("k": "3") is refused like any other wrong type, and the schema says "number".
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        services.AddOpenApi(options =>
        {
            var rules = new OpenApiRules();
            options.AddSchemaTransformer(rules);
            options.AddOperationTransformer(rules);
        });
        services.TryAddSingleton(sp => ServerSettings.From(sp.GetRequiredService<IConfiguration>()));
        services.TryAddSingleton(sp => ServerModels.Load(sp.GetRequiredService<ServerSettings>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ServerModels).FullName!)));
        services.TryAddSingleton<ContentIndex>(sp => sp.GetRequiredService<ProductStore>().Content);
        services.TryAddSingleton<IRecommendationService>(sp => ServerModels.Recommender(
            sp.GetRequiredService<ServerSettings>(), sp.GetRequiredService<ContentIndex>(), ModelsLogger(sp)));
        services.TryAddSingleton<ICategoryPredictor>(sp => ServerModels.CategoryPredictor(
            sp.GetRequiredService<ServerSettings>(), sp.GetRequiredService<ContentIndex>(), ModelsLogger(sp)));
        services.TryAddSingleton(sp => new EventStore(sp.GetRequiredService<ServerSettings>().DatabasePath));
        services.TryAddSingleton(sp => new EvaluationFiles(sp.GetRequiredService<ServerSettings>().EvaluationFolder));
        services.AddHostedService<WarmUpService>();
    }
}
