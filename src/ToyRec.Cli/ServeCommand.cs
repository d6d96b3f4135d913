using System.CommandLine;
using ToyRec.Server;

namespace ToyRec.Cli;

/// <summary>
/// <c>toyrec serve</c>: the HTTP API and web page, the same app as the ToyRec.Server entry point, with the CLI's
/// catalogue rules (<c>--data</c>, <c>$TOYREC_DATA</c>, the default paths) and <c>--models</c>.
/// </summary>
internal static class ServeCommand
{
    private static readonly Option<string> Urls = new("--urls")
    {
        Description = "Where to listen (the default is loopback only).",
        DefaultValueFactory = _ => ServerSettings.DefaultUrls,
    };

    private static readonly Option<string?> Database = new("--db")
    {
        Description = $"The SQLite file of shopper events. Default: {ServerSettings.DefaultDatabaseName} beside " +
            "the models folder.",
    };

    private static readonly Option<string> Evaluation = new("--evaluation")
    {
        Description = "The folder where 'toyrec run' wrote evaluation-*.json, for the results page.",
        DefaultValueFactory = _ => ServerSettings.DefaultEvaluationFolder,
    };

    private static readonly Option<bool> Quiet = new("--quiet")
    {
        Description = "Do not log a line per request (for load tests); start-up and errors are still logged.",
    };

    public static Command Create() =>
        new Command("serve", "Serve the HTTP API and the web page (events are stored in SQLite).")
        {
            Urls, Database, Evaluation, Quiet,
        }.WithAction(context =>
        {
            var args = new List<string>
            {
                "--urls", context.Get(Urls)!,
                "--" + ServerSettings.DataKey, context.CatalogPath,
                "--" + ServerSettings.ModelsKey, context.ModelsFolder,
                "--" + ServerSettings.EvaluationKey, context.Get(Evaluation)!,
            };
            if (context.Get(Quiet))
                args.Add($"--Logging:LogLevel:{typeof(Server.Http.RequestLog).FullName}=Warning");
            if (context.Get(Database) is { Length: > 0 } database)
                args.AddRange(["--" + ServerSettings.DatabaseKey, database]);
            using var app = ServerApp.Create([.. args]);
            app.Run();
            return 0;
        });
}
