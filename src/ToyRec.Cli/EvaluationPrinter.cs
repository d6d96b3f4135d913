using System.Globalization;
using Spectre.Console;
using ToyRec.Evaluation;

namespace ToyRec.Cli;

/// <summary>Prints an <see cref="EvaluationResult"/>: one table per variant, metrics down, systems across.</summary>
internal static class EvaluationPrinter
{
    public static void Print(EvaluationResult result, TextWriter output)
    {
        var console = Terminal.For(output);
        console.MarkupLine($"[bold]Evaluation: {Markup.Escape(result.Model)}[/]");
        foreach (var variant in result.Metrics.Select(m => m.Variant).Distinct())
        {
            var rows = result.Metrics.Where(m => m.Variant == variant).ToList();
            var systems = rows.Select(m => m.System).Distinct().ToList();
            var table = new Table { Title = new TableTitle(Markup.Escape(variant + QueryCount(result, variant))) };
            table.AddColumn("metric");
            foreach (string system in systems)
                table.AddColumn(new TableColumn(system).RightAligned());
            foreach (string metric in rows.Select(m => m.Metric).Distinct())
            {
                var cells = new List<string> { metric };
                foreach (string system in systems)
                {
                    var value = rows.FirstOrDefault(m => m.Metric == metric && m.System == system);
                    cells.Add(value is null ? "" : value.Value.ToString("0.0000", CultureInfo.InvariantCulture));
                }

                table.AddRow(cells.Select(Markup.Escape).ToArray());
            }

            console.Write(table);
        }

        foreach (var (part, reason) in result.SkippedParts())
            console.MarkupLine(Markup.Escape($"Skipped {part}: {reason.TrimEnd('.')}."));
    }

    // " (N queries)" where the evaluation counted the queries behind a variant's figures, so that figures resting
    // on a handful of queries say so.
    private static string QueryCount(EvaluationResult result, string variant) =>
        result.Details.GetValueOrDefault(Content.ContentEvaluator.QueriesPerVariantKey) is
            IReadOnlyDictionary<string, Content.QueryCount> counts
            && counts.TryGetValue(variant, out var count)
            ? $" ({count.Queries} {(count.Queries == 1 ? "query" : "queries")})"
            : "";

    /// <summary>Prints the evaluation as tables, or as the one JSON object with --json.</summary>
    public static void Write(CliContext context, EvaluationResult result)
    {
        if (context.Json)
            JsonOutput.Write(context.Output, result);
        else
            Print(result, context.Output);
    }
}
