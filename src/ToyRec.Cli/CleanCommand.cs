using System.CommandLine;
using Spectre.Console;
using ToyRec.Catalog;

namespace ToyRec.Cli;

/// <summary><c>toyrec clean</c>: read and clean the catalogue and print what cleaning did.</summary>
internal static class CleanCommand
{
    public static Command Create() =>
        new Command("clean", "Read and clean the catalogue; print the cleaning report.").WithAction(context =>
        {
            var (_, report) = context.Load();
            if (context.Json)
                JsonOutput.Write(context.Output, ToJson(report));
            else
                Print(report, context.Output);
            return 0;
        });

    /// <summary>The <c>clean --json</c> contract, with the extra detail after the required keys.</summary>
    public static object ToJson(CleaningReport report) => new
    {
        rowsRead = report.RowsRead,
        rowsKept = report.RowsKept,
        rowsDropped = report.RowsDropped,
        droppedFields = report.DroppedFields,
        pricesImputed = report.PricesImputed,
        links = Links(report.Links),
        viewedLinks = Links(report.ViewedLinks),
        source = report.Source,
        dropThreshold = report.DropThreshold,
        keptMostlyMissingFields = report.KeptMostlyMissingFields,
        missingRates = report.MissingRates,
        valueProblems = report.ValueProblems,
        problemExamples = report.ProblemExamples,
        productsWithDescriptionText = report.ProductsWithDescriptionText,
        duplicateGroups = report.DuplicateGroups,
        blankLines = report.BlankLines,
        absentColumns = report.AbsentColumns,
        unknownColumns = report.UnknownColumns,
        droppedRecords = report.DroppedRecords.Select(d => new { line = d.Line, reason = d.Reason }),
    };

    private static object Links(LinkStatistics links) => new
    {
        total = links.Total,
        resolved = links.Resolved,
        outside = links.Outside,
        ambiguous = links.Ambiguous,
        settledBy = new
        {
            asin = links.ByAsin,
            exactName = links.SettledByExactName,
            manufacturer = links.SettledByManufacturer,
            category = links.SettledByCategory,
            reviews = links.SettledByReviews,
        },
        outsideMatchingOnlyItself = links.OutsideMatchingOnlyItself,
        outsideTooVague = links.OutsideTooVague,
    };

    // Parts of the column that are not links are not link occurrences; they are counted with the bad values.
    private static void WriteLinks(IAnsiConsole console, string kind, LinkStatistics links, int notLinks)
    {
        string rejected = notLinks == 0 ? "" : $" (besides {notLinks} parts that are not links, under bad values)";
        console.WriteLine($"{kind} links: {links.Total} in all{rejected}, {links.Resolved} resolve in the catalogue, " +
            $"{links.Outside} point outside ({links.OutsideMatchingOnlyItself} of them name only the linking " +
            $"product, {links.OutsideTooVague} too vague to name one: a maker's name, or a single word several " +
            $"names start with); {links.ByAsin} resolved by ASIN; {links.Ambiguous} of the resolved had several " +
            $"candidates (settled by exact name {links.SettledByExactName}, manufacturer " +
            $"{links.SettledByManufacturer}, category {links.SettledByCategory}, reviews {links.SettledByReviews}).");
    }

    public static void Print(CleaningReport report, TextWriter output)
    {
        var console = Terminal.For(output);
        console.MarkupLine($"[bold]Cleaning report[/] for {Markup.Escape(report.Source)}");
        string drops = string.Join(", ", report.RowsDropped.Select(d => $"{d.Value} {d.Key}"));
        console.WriteLine($"Records read {report.RowsRead}, kept {report.RowsKept}, dropped " +
            $"{report.RowsRead - report.RowsKept}{(drops.Length > 0 ? $" ({drops})" : "")}.");
        string keptAnyway = report.KeptMostlyMissingFields.Count == 0 ? "" : "; kept although as often missing: " +
            string.Join(", ", report.KeptMostlyMissingFields) + " (read as empty text where missing)";
        // Absent columns are dropped too (they are all missing), but listed once, below, as absent.
        var dropped = report.DroppedFields.Where(f => !report.AbsentColumns.Contains(f)).ToList();
        console.WriteLine($"Columns dropped (≥ {report.DropThreshold:P0} missing): " +
            (dropped.Count == 0 ? "none" : string.Join(", ", dropped)) + keptAnyway + ".");
        bool mostlyMissing = 2 * report.ProductsWithDescriptionText < report.RowsKept;
        console.WriteLine($"Products with any description text: {report.ProductsWithDescriptionText} of " +
            $"{report.RowsKept}" + (mostlyMissing ? " (descriptions are mostly missing; " : " (") +
            "missing text reads as empty).");
        string imputed = string.Join(", ", report.PricesImputed.Select(p => $"{p.Value} {p.Key}"));
        console.WriteLine($"Prices imputed: {imputed}.");
        WriteLinks(console, "Also-bought", report.Links, report.NotLinks.GetValueOrDefault(CatalogColumns.AlsoBought));
        WriteLinks(console, "Bought-after-viewing", report.ViewedLinks,
            report.NotLinks.GetValueOrDefault(CatalogColumns.BoughtAfterViewing));
        console.WriteLine($"Exact-duplicate groups (same normalised name and manufacturer): {report.DuplicateGroups}.");
        if (report.AbsentColumns.Count > 0)
        {
            console.WriteLine("Columns of the layout absent from the file (read as empty): " +
                $"{string.Join(", ", report.AbsentColumns)}.");
        }

        if (report.UnknownColumns.Count > 0)
            console.WriteLine($"Columns not in the layout (ignored): {string.Join(", ", report.UnknownColumns)}.");
        if (report.BlankLines > 0)
            console.WriteLine($"Blank lines skipped: {report.BlankLines}.");

        var table = new Table().AddColumns("column", "missing", "bad values reported");
        foreach (var (column, rate) in report.MissingRates)
            table.AddRow(column, $"{rate:P1}", report.ValueProblems.GetValueOrDefault(column).ToString());
        console.Write(table);
        if (report.ProblemExamples.Count > 0)
        {
            console.WriteLine("Problems (the first of each kind, then more in file order):");
            foreach (string example in report.ProblemExamples)
                console.WriteLine("  " + example);
        }

        if (report.DroppedRecords.Count > report.ProblemExamples.Count)
        {
            console.WriteLine($"The line and reason of each of the {report.DroppedRecords.Count} dropped records: " +
                "'toyrec clean --json', under droppedRecords.");
        }
    }
}
