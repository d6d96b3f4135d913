using System.CommandLine;
using System.Globalization;
using System.Text;
using Spectre.Console;
using ToyRec.Catalog;
using ToyRec.Evaluation;

namespace ToyRec.Cli;

/// <summary>
/// <c>toyrec run</c>, the main job: load and clean the catalogue, fit and evaluate every model, print the
/// cleaning report and one results table, and write both as JSON and Markdown into the output folder.
/// </summary>
internal static class RunCommand
{
    // Every model's evaluation, in the order they run. A model returns null when its input is absent (the
    // personal model without an interaction log), and is then left out of the results with a note.
    private static readonly (string Model, Func<CliContext, EvaluationResult?> Evaluate)[] Evaluations =
    [
        ("content", ContentCommands.Run),
        ("category", CategoryEvaluation.Run),
        ("neural", NeuralEvaluation.Run),
        ("personal", PersonalEvaluation.RunIfLogFound),
    ];

    public static Command Create()
    {
        var output = new Option<string>("--out")
        {
            Description = "Folder for the report files (cleaning-report.json, evaluation-<model>.json, results.md).",
            DefaultValueFactory = _ => "out",
        };
        var command = new Command("run", "The main job: clean, fit, evaluate every model, and write the report.")
        {
            output, InteractionOptions.Interactions,
        };
        return command.WithAction(context =>
        {
            // A wrong --interactions path is a usage error now, not after the other models have run for minutes.
            DataLocator.Interactions(context.Get(InteractionOptions.Interactions), required: false);
            SavedModels.CheckAll(context);
            string folder = OutputFolder.Prepare(context.Get(output), "--out");
            var (_, report) = context.Load();
            File.WriteAllText(Path.Combine(folder, "cleaning-report.json"),
                JsonOutput.Serialize(CleanCommand.ToJson(report)));

            var results = new List<EvaluationResult>();
            var skipped = new List<(string Model, string Reason)>();
            foreach (var (model, evaluate) in Evaluations)
            {
                var result = TryEvaluate(context, evaluate, out string? reason);
                if (result is null)
                {
                    skipped.Add((model, reason!));
                    context.Log.Info($"{model}: skipped: {reason!.TrimEnd('.')}.");

                    // In place of an earlier run's figures, which would sit beside this run's: a result with no
                    // figures and the reason, which the server's results page shows.
                    var stub = new EvaluationResult(model, new Dictionary<string, object?>(), [],
                        new Dictionary<string, object?> { [EvaluationResult.SkippedKey] = reason });
                    File.WriteAllText(Path.Combine(folder, $"evaluation-{model}.json"), JsonOutput.Serialize(stub));
                    continue;
                }

                results.Add(result);
                File.WriteAllText(Path.Combine(folder, $"evaluation-{model}.json"), JsonOutput.Serialize(result));
            }

            string markdown = Markdown(report, results, skipped);
            File.WriteAllText(Path.Combine(folder, "results.md"), markdown);
            if (context.Json)
            {
                JsonOutput.Write(context.Output, new
                {
                    cleaning = CleanCommand.ToJson(report),
                    evaluations = results,
                    skipped = skipped.Select(s => new { model = s.Model, reason = s.Reason }),
                });
            }
            else
            {
                CleanCommand.Print(report, context.Output);
                PrintSummary(results, context.Output);
                foreach (var (model, reason) in skipped)
                    context.Output.WriteLine($"Skipped {model}: {reason}");
                foreach (var result in results)
                {
                    foreach (var (part, reason) in result.SkippedParts())
                        context.Output.WriteLine($"Skipped {result.Model} {part}: {reason.TrimEnd('.')}.");
                }

                context.Output.WriteLine($"Wrote {Path.Combine(folder, "results.md")} and the JSON files beside it.");
            }

            return 0;
        });
    }

    // A model that cannot be fitted on this catalogue (too few products, links or categories) is left out with
    // its reason, so that one small input does not stop the report of the others.
    private static EvaluationResult? TryEvaluate(CliContext context, Func<CliContext, EvaluationResult?> evaluate,
        out string? reason)
    {
        try
        {
            var result = evaluate(context);
            reason = result is null ? "its input was not found" : null;
            return result;
        }
        catch (InsufficientDataException e)
        {
            reason = e.Message;
            return null;
        }
    }

    // One row per (model, variant, metric): ToyRec's value beside each baseline's.
    private static void PrintSummary(IReadOnlyList<EvaluationResult> results, TextWriter output)
    {
        var console = Terminal.For(output);
        var table = new Table { Title = new TableTitle("Results (fractions; toyrec beside the baselines)") }
            .AddColumns("model", "variant", "metric", "toyrec", "baselines");
        foreach (var (result, variant, metric, toyrec, baselines) in Rows(results))
            table.AddRow(result, Markup.Escape(variant), Markup.Escape(metric), toyrec, Markup.Escape(baselines));
        console.Write(table);
    }

    private static IEnumerable<(string Model, string Variant, string Metric, string Toyrec, string Baselines)> Rows(
        IReadOnlyList<EvaluationResult> results)
    {
        foreach (var result in results)
        {
            foreach (var group in result.Metrics.GroupBy(m => (m.Variant, m.Metric)))
            {
                var toyrec = group.FirstOrDefault(m => m.System == "toyrec");
                string others = string.Join(", ", group.Where(m => m.System != "toyrec")
                    .Select(m => $"{m.System} {Format(m.Value)}"));
                yield return (result.Model, group.Key.Variant, group.Key.Metric,
                    toyrec is null ? "" : Format(toyrec.Value), others);
            }
        }
    }

    private static string Markdown(CleaningReport report, IReadOnlyList<EvaluationResult> results,
        IReadOnlyList<(string Model, string Reason)> skipped)
    {
        var text = new StringBuilder();
        text.AppendLine("# ToyRec results").AppendLine();
        string drops = string.Join(", ", report.RowsDropped.Where(d => d.Value > 0)
            .Select(d => $"{d.Value} {d.Key}").DefaultIfEmpty("none"));
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Catalogue: `{report.Source}`: {report.RowsRead} records read, {report.RowsKept} kept, dropped: {drops}.");
        var links = report.Links;
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Also-bought links: {links.Total}, {links.Resolved} resolve in the catalogue, {links.Outside} outside, " +
            $"{links.Ambiguous} ambiguous.");
        text.AppendLine();
        text.AppendLine("| model | variant | metric | toyrec | baselines |");
        text.AppendLine("| --- | --- | --- | ---: | --- |");
        foreach (var (model, variant, metric, toyrec, baselines) in Rows(results))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {model} | {variant} | {metric} | {toyrec} | {baselines} |");
        }

        var skippedVariants = results.SelectMany(r => r.SkippedParts().Select(v => (r.Model, v.Part, v.Reason)))
            .ToList();
        if (skipped.Count > 0 || skippedVariants.Count > 0)
            text.AppendLine();
        foreach (var (model, reason) in skipped)
            text.AppendLine(CultureInfo.InvariantCulture, $"- Skipped {model}: {reason}");
        foreach (var (model, variant, reason) in skippedVariants)
            text.AppendLine(CultureInfo.InvariantCulture, $"- Skipped {model} {variant}: {reason.TrimEnd('.')}.");
        return text.ToString();
    }

    private static string Format(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
