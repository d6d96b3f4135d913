using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using ToyRec.Server;

namespace ToyRec.Cli;

/// <summary>
/// <c>toyrec serve</c>: the HTTP API and web page, the same app as the ToyRec.Server entry point, with the CLI's
/// catalogue rules (<c>--data</c>, <c>$TOYREC_DATA</c>, the default paths) and <c>--models</c>.
/// </summary>
internal static partial class ServeCommand
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
            string urls = CheckUrls(context.Get(Urls) ?? "");
            SavedModels.CheckAll(context);
            string evaluation = context.Get(Evaluation)!;
            if (File.Exists(evaluation))
            {
                throw new UsageException($"--evaluation '{evaluation}' is a file; expected the folder where " +
                    "'toyrec run' writes evaluation-*.json.");
            }

            var args = new List<string>
            {
                "--urls", urls,
                // The host logs a failed start (a port in use) with a stack trace; the CLI prints one line instead.
                "--Logging:LogLevel:Microsoft.Extensions.Hosting.Internal.Host=None",
                "--" + ServerSettings.DataKey, context.CatalogPath,
                "--" + ServerSettings.ModelsKey, context.ModelsFolder,
                "--" + ServerSettings.EvaluationKey, evaluation,
            };
            if (context.Get(Quiet))
                args.Add($"--Logging:LogLevel:{typeof(Server.Http.RequestLog).FullName}=Warning");
            if (context.Get(Database) is { Length: > 0 } database)
            {
                if (Directory.Exists(database))
                    throw new UsageException($"--db '{database}' is a folder; expected the SQLite file of events.");
                if (OutputFolder.FileAbove(database) is { } file)
                {
                    throw new UsageException($"--db '{database}' is inside '{file}', which is a file; expected " +
                        "the SQLite file of events.");
                }

                args.AddRange(["--" + ServerSettings.DatabaseKey, database]);
            }
            using var app = ServerApp.Create([.. args]);
            try
            {
                app.Run();
            }
            catch (IOException e)
            {
                throw new IOException($"Cannot listen on {urls}: {e.Message}", e);
            }

            return 0;
        });

    // Kestrel takes scheme://host[:port] with host a name, an address, '*' or '+'; anything else fails late, with
    // a stack trace, so it is a usage error here.
    private static string CheckUrls(string urls)
    {
        foreach (string url in urls.Split(';', StringSplitOptions.TrimEntries))
        {
            var match = UrlPattern().Match(url);
            bool portOk = !match.Groups["port"].Success || int.Parse(match.Groups["port"].Value,
                CultureInfo.InvariantCulture) <= 65535;
            if (!match.Success || !portOk)
            {
                throw new UsageException($"--urls: '{url}' is not a URL like {ServerSettings.DefaultUrls}; " +
                    "separate several with ';'.");
            }
        }

        return urls;
    }

    [GeneratedRegex(@"^https?://(\[[0-9A-Fa-f:.]+\]|[^/:\[\]\s]+)(:(?<port>\d{1,5}))?/?$")]
    private static partial Regex UrlPattern();
}
