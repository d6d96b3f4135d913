using System.CommandLine;
using Spectre.Console;
using ToyRec.Content;
using ToyRec.Evaluation;
using ToyRec.Neural;
using ToyRec.Personal;

namespace ToyRec.Cli;

/// <summary>
/// <c>toyrec evaluate personal</c>: the leave-one-out study of the interaction log (item-kNN, transitions, their
/// tuned blend and popularity).
/// </summary>
internal static class PersonalEvaluation
{
    private static readonly Option<bool> Tune = new("--tune")
    {
        Description = "First choose the component options (windows, decays, neighbours) on validation; slower.",
    };

    public static Command Create()
    {
        var command = new Command("personal",
            "Evaluate personalised recommendation: leave-one-out on the interaction log, full ranking.");
        command.Options.Add(InteractionOptions.Interactions);
        command.Options.Add(Tune);
        return command.WithAction(context =>
        {
            // A wrong --models, or a damaged network in it, fails now, not after the leave-one-out evaluation.
            NeuralTraining.VerifySaved(context);
            var result = Run(context, context.Get(InteractionOptions.Interactions), context.Get(Tune));
            if (context.Json)
                JsonOutput.Write(context.Output, result);
            else
                Print(result, context.Output);
            return 0;
        });
    }

    /// <summary>The evaluation for <c>toyrec run</c>, or null when no interaction log is found.</summary>
    public static EvaluationResult? RunIfLogFound(CliContext context)
    {
        string? path = context.Get(InteractionOptions.Interactions);
        return DataLocator.Interactions(path, required: false) is null ? null : Run(context, path);
    }

    /// <summary>Reads the log (the option, else the defaults) and runs the study.</summary>
    public static EvaluationResult Run(CliContext context, string? interactionsPath = null, bool tune = false)
    {
        var log = InteractionOptions.Load(context, interactionsPath, required: true)!;
        var options = InteractionLogEvaluationOptions.Default;
        if (tune)
        {
            var (chosen, _) = context.Log.Step("Choosing component options on validation",
                () => PersonalTuner.Tune(log, progress: context.Log.Lines()));
            options = options with { Model = chosen };
        }

        var result = context.Log.Step("Leave-one-out evaluation",
            () => InteractionLogEvaluation.Run(log, options, context.Log.Lines()));
        if (OptionalCatalogue.Load(context, "Catalogue evaluation") is not { } catalog)
            return result;

        var content = context.Log.Step("Indexing product text", () => ContentIndex.Build(catalog));
        var (network, networkSource) = NeuralTraining.ForEvaluation(context, catalog);
        var scorer = network is null ? null : new CatalogCoPurchaseScorer(catalog, network);
        var parts = network?.Holdout.In(catalog) ?? CoPurchaseSplit.Create(catalog, context.Seed);
        if (network is null)
            context.Log.Info($"Catalogue evaluation without the co-purchase network ({networkSource}).");
        var (metrics, details) = context.Log.Step("Held-out-link evaluation on the catalogue",
            () => CatalogueEvaluation.Run(CatalogueRecommender.Build(catalog, content, extra: scorer), parts,
                context.Seed, context.Log.Lines()));
        var protocol = new Dictionary<string, object?>(result.Protocol)
        {
            ["catalogue"] = "hide one resolved also-bought link of each product with two or more; history = the " +
                "product and its other links; queries parted by the co-purchase network's 80/10/10 product split " +
                "(the network learned its training products' links): weights other than the network's chosen on " +
                "queries outside the test part with the network off, the network's weight on queries in its " +
                "validation part, figures reported on queries in its test part; beside them cold starts (each " +
                "product with a resolved link alone, all its links hidden, every linked product relevant), and " +
                "each choice by the mean NDCG@10 of the two",
            ["catalogueNetwork"] = networkSource,
            ["seed"] = context.Seed,
        };
        var allDetails = new Dictionary<string, object?>(result.Details) { ["catalogue"] = details };
        return new EvaluationResult(result.Model, protocol, [.. result.Metrics, .. metrics], allDetails);
    }

    public static void Print(EvaluationResult result, TextWriter output)
    {
        var console = Terminal.For(output);
        console.MarkupLine($"[bold]Personal recommendation[/]: {Markup.Escape($"{result.Protocol["log"]}")}, " +
            $"{result.Protocol["usersEvaluated"]} users ({result.Protocol["usersSkipped"]} skipped, " +
            $"{result.Protocol.GetValueOrDefault("usersWithAtMost10Candidates") ?? 0} with at most 10 candidates), " +
            $"{result.Protocol["items"]} items; full ranking, tuned on validation.");
        string[] metrics = ["HR@5", "HR@10", "NDCG@5", "NDCG@10", "MRR"];
        foreach (string variant in result.Metrics.Select(m => m.Variant).Distinct())
        {
            var table = new Table().Title(variant).AddColumn("system");
            var variantMetrics = metrics.Where(m => result.Metrics.Any(v => v.Variant == variant && v.Metric == m))
                .ToList();
            foreach (string metric in variantMetrics)
                table.AddColumn(new TableColumn(metric).RightAligned());
            foreach (string system in result.Metrics.Where(m => m.Variant == variant).Select(m => m.System)
                         .Distinct())
            {
                var cells = variantMetrics.Select(m => result.Find(m, variant, system) is { } v ? $"{v:0.0000}" : "");
                table.AddRow([system, .. cells]);
            }

            console.Write(table);
        }

        console.WriteLine($"Chosen on validation: kNN weight {result.Protocol["knnWeight"]}, popularity weight " +
            $"{result.Protocol["popularityWeight"]}.");
        if (result.Protocol.TryGetValue("catalogueNetwork", out var network)
            && result.Details["catalogue"] is IReadOnlyDictionary<string, object?> catalogue)
        {
            if (catalogue.TryGetValue(EvaluationResult.SkippedKey, out var reason))
            {
                console.WriteLine($"Catalogue: skipped, {reason}.");
                return;
            }

            var chosen = (CatalogueRecommenderOptions)catalogue["chosen"]!;
            console.WriteLine($"Catalogue: chosen on validation: content weight {chosen.ContentWeight}, co-purchase " +
                $"graph {chosen.CoPurchaseWeight}, category {chosen.CategoryWeight}, network {chosen.ExtraWeight}, " +
                $"popularity {chosen.PopularityWeight}, signals scaled to the query's largest: " +
                $"{(chosen.ScaleToQueryMax ? "yes" : "no")}; co-purchase network: {network}; figures on the " +
                "network's test part.");
        }
    }
}
