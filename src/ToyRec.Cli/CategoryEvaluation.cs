using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using ToyRec.Category;
using ToyRec.Evaluation;

namespace ToyRec.Cli;

/// <summary><c>toyrec evaluate category</c>, and the category part of <c>toyrec run</c>.</summary>
internal static class CategoryEvaluation
{
    public static Command Create() =>
        new Command("category", "Evaluate the category model (study features and extended) against the majority " +
            "class: accuracy, macro-F1, per-class scores and the confusion matrix.").WithAction(context =>
        {
            var result = Run(context);
            if (context.Json)
            {
                JsonOutput.Write(context.Output, result);
                return 0;
            }

            EvaluationPrinter.Print(result, context.Output);
            PrintTables(result, context.Output);
            return 0;
        });

    /// <summary>The category evaluation on the loaded catalogue.</summary>
    public static EvaluationResult Run(CliContext context)
    {
        var (catalog, _) = context.Load();
        var options = new CategoryEvaluationOptions(Seed: context.Seed);
        var result = context.Log.Step("Evaluating the category model",
            () => CategoryEvaluator.Evaluate(catalog, options, context.Log.Lines()));
        if (result.Details.GetValueOrDefault(EvaluationResult.SkippedKey) is string reason)
            throw new InsufficientDataException($"The category model cannot be evaluated: {reason}.");

        return result;
    }

    private static void PrintTables(EvaluationResult result, TextWriter output)
    {
        var console = Terminal.For(output);
        if (result.Details.GetValueOrDefault("variants") is not Dictionary<string, object?> variants)
            return;
        foreach (var (variant, value) in variants)
        {
            if (value is not Dictionary<string, object?> details)
                continue;
            var perClass = (IReadOnlyList<ClassScore>)details["perClass"]!;
            var confusion = (IReadOnlyList<int[]>)details["confusion"]!;
            console.MarkupLine($"[bold]{Markup.Escape(variant)}[/]: λ = {F((double)details["chosenL2"]!, "G3")} " +
                $"chosen on validation, {details["features"]} features, fitted in {details["fitSeconds"]} s");
            var table = new Table().AddColumns("class", "precision", "recall", "F1", "support");
            foreach (var score in perClass)
            {
                table.AddRow(Markup.Escape(score.Name), F(score.Precision), F(score.Recall), F(score.F1),
                    score.Support.ToString(CultureInfo.InvariantCulture));
            }

            console.Write(table);
            var matrix = new Table { Title = new TableTitle("confusion (rows true, columns predicted)") };
            matrix.AddColumn("true \\ predicted");
            for (int c = 0; c < perClass.Count; c++)
                matrix.AddColumn(new TableColumn(c.ToString(CultureInfo.InvariantCulture)).RightAligned());
            for (int r = 0; r < perClass.Count; r++)
            {
                var cells = new List<string> { $"{r} {Markup.Escape(perClass[r].Name)}" };
                cells.AddRange(confusion[r].Select(n => n.ToString(CultureInfo.InvariantCulture)));
                matrix.AddRow(cells.ToArray());
            }

            console.Write(matrix);
        }
    }

    private static string F(double value, string format = "0.000") =>
        value.ToString(format, CultureInfo.InvariantCulture);
}
