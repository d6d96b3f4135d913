using System.CommandLine;
using ToyRec.Personal;

namespace ToyRec.Cli;

/// <summary>The <c>--interactions</c> option and loading of the interaction log it names.</summary>
internal static class InteractionOptions
{
    public static readonly Option<string?> Interactions = new("--interactions")
    {
        Description = "Interaction log: 'user item item ...' lines (sequential.txt) or a user_id,item_id[,timestamp] " +
            "CSV. Default: $TOYREC_INTERACTIONS, else data/amazon_toys_5core/sequential.txt, else " +
            "../shared/data/amazon_toys_5core/sequential.txt.",
    };

    /// <summary>Reads the log from the option, or from the default places when it is not given.</summary>
    /// <param name="context">The command's context.</param>
    /// <param name="path">The option's value, or null.</param>
    /// <param name="required">Whether a missing log is a usage error (else null is returned).</param>
    public static InteractionLog? Load(CliContext context, string? path, bool required)
    {
        string? located = DataLocator.Interactions(path, required);
        if (located is null)
            return null;
        var reader = new InteractionLogReader(context.Strict);
        var log = context.Log.Step($"Reading {located}", () => reader.ReadFile(located));
        var report = log.Report;
        string skipped = string.Join(", ",
            report.LinesSkipped.Where(p => p.Value > 0).Select(p => $"{p.Value} {p.Key}"));
        context.Log.Info($"{report.Source}: {report.LinesRead} lines read, {report.LinesKept} kept" +
            (skipped.Length > 0 ? $", skipped: {skipped}" : "") +
            (report.RepeatedItemsDropped > 0 ? $"; {report.RepeatedItemsDropped} repeated items dropped" : "") + ".");
        foreach (string problem in report.Problems.Take(5))
            context.Log.Info("  " + problem);
        return log;
    }
}
