using System.CommandLine;

namespace ToyRec.Cli;

/// <summary><c>toyrec recommend --history</c>: recommendations for a history of catalogue products.</summary>
internal static class CatalogueRecommendation
{
    public static readonly Option<string?> History = new("--history")
    {
        Description = "Catalogue products the shopper viewed or bought: ids or names, comma-separated, oldest first.",
    };

    public static void AddOptions(Command command) => command.Options.Add(History);

    public static int Run(CliContext context, int k) =>
        throw new UsageException("Give --user ID (a user of the interaction log) or --history \"id1,id2\".");
}
