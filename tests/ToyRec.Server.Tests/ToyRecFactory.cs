using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ToyRec.Content;
using ToyRec.Server.Recommendations;

namespace ToyRec.Server.Tests;

/// <summary>
/// The server over the hand-made eight-product catalogue in TestData/toys.csv (whose ninth row, x009, has no
/// category, so cleaning drops it), with its event database and evaluation folder in a temporary folder of its
/// own. By default the history recommendations come from the simple links-and-content recommender, whose lists the
/// tests work out by hand; <see cref="UseDefaultModels"/> keeps the service the server really starts with.
/// </summary>
public sealed class ToyRecFactory : WebApplicationFactory<Program>
{
    public ToyRecFactory()
    {
        Folder = Directory.CreateTempSubdirectory("toyrec-server-tests-").FullName;
        DatabasePath = Path.Combine(Folder, "events.db");
        EvaluationFolder = Path.Combine(Folder, "out");
    }

    public static string CatalogPath => Path.Combine(AppContext.BaseDirectory, "TestData", "toys.csv");

    public string Folder { get; }

    /// <summary>The event database; set it to share one between hosts, as after a restart.</summary>
    public string DatabasePath { get; init; }

    public string EvaluationFolder { get; }

    /// <summary>Serve with the models the server loads by default instead of the hand-checkable stand-in.</summary>
    public bool UseDefaultModels { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting(ServerSettings.DataKey, CatalogPath);
        builder.UseSetting(ServerSettings.ModelsKey, Path.Combine(Folder, "models"));
        builder.UseSetting(ServerSettings.DatabaseKey, DatabasePath);
        builder.UseSetting(ServerSettings.EvaluationKey, EvaluationFolder);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        if (!UseDefaultModels)
        {
            builder.ConfigureTestServices(services => services.AddSingleton<IRecommendationService>(sp =>
                new LinkAndContentRecommender(sp.GetRequiredService<ContentIndex>())));
        }
    }
}
