using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using ToyRec.Evaluation;
using ToyRec.Neural;

namespace ToyRec.Cli;

/// <summary><c>toyrec evaluate neural</c>: the co-purchase network beside its baselines on the test products.</summary>
internal static class EvaluateNeuralCommand
{
    private static readonly Option<int?> Epochs = NumberOptions.OptionalInt("--epochs",
        "Most training epochs, 1 to 10000 (default 40; early stopping usually ends sooner).", 1, 10_000);

    private static readonly Option<int?> Hidden = NumberOptions.OptionalInt("--hidden",
        "Width of the hidden layer, 1 to 8192 (default 256).", 1, 8192);

    private static readonly Option<float?> Dropout = NumberOptions.Optional("--dropout",
        "Dropout rate after the hidden layer, 0 to 0.95 (default 0.3).", 0f, 0.95f);

    private static readonly Option<float?> LearningRate = NumberOptions.Optional("--learning-rate",
        "Adam's step size, 0.0001 to 1 (default 0.001).", 0.0001f, 1f);

    private static readonly Option<float?> MatchWeight = NumberOptions.Optional("--match-weight",
        "Starting weight of each word in the label word match, 0 to 1000 (default 25; 0 starts without it).", 0f,
        1000f);

    private static readonly Option<string?> Export = new("--export")
    {
        Description = "Also write the all-labels task (features, split, labels, settings) to this folder for the " +
            "PyTorch peer in bench/neural.",
    };

    public static Command Create()
    {
        var command = new Command("neural",
            "Train the co-purchase network on the linked products' training part and report P@K, R@K, NDCG@10, " +
            "HR@10 and coverage@10 on the test part, beside knn, popularity and random.");
        command.Options.Add(Epochs);
        command.Options.Add(Hidden);
        command.Options.Add(Dropout);
        command.Options.Add(LearningRate);
        command.Options.Add(MatchWeight);
        command.Options.Add(Export);
        return command.WithAction(context =>
        {
            var options = Options(context);
            if (context.Get(Export) is { } folder)
            {
                Directory.CreateDirectory(folder);
                var (catalog, _) = context.Load();
                context.Log.Step($"Exporting the task to {folder}",
                    () => CoPurchaseExport.Write(catalog, options, name => File.Create(Path.Combine(folder, name))));
            }

            var result = NeuralEvaluation.Run(context, options);
            if (context.Json)
                JsonOutput.Write(context.Output, result);
            else
                Print(result, context.Output);
            return 0;
        });
    }

    // The ranges are checked by the options' parsers (NumberOptions), so every value here is usable.
    private static CoPurchaseOptions Options(CliContext context)
    {
        var options = new CoPurchaseOptions(Seed: context.Seed);
        var trainer = options.TrainerOrDefault;
        if (context.Get(Epochs) is { } epochs)
            trainer = trainer with { MaxEpochs = epochs };
        if (context.Get(LearningRate) is { } rate)
            trainer = trainer with { Adam = new AdamOptions(LearningRate: rate) };
        if (context.Get(Hidden) is { } hidden)
            options = options with { Hidden = [hidden] };
        if (context.Get(Dropout) is { } dropout)
            options = options with { DropoutRate = dropout };
        if (context.Get(MatchWeight) is { } match)
            options = options with { MatchWeight = match };
        return options with { Trainer = trainer };
    }

    private static void Print(EvaluationResult result, TextWriter output)
    {
        var console = Terminal.For(output);
        string[] metrics = ["P@1", "P@5", "P@10", "P@20", "R@1", "R@5", "R@10", "R@20", "NDCG@10", "HR@10",
            "coverage@10"];
        string[] systems = ["toyrec", "network", "knn", "popularity", "random"];
        foreach (string variant in CoPurchaseEvaluation.Variants)
        {
            if (result.Details.GetValueOrDefault(variant) is IReadOnlyDictionary<string, object?> details
                && details.TryGetValue(EvaluationResult.SkippedKey, out var reason))
            {
                console.WriteLine($"Co-purchase prediction, {variant}: skipped. {reason}");
                continue;
            }

            console.WriteLine($"Co-purchase prediction, {variant} (test products):");
            var table = new Table().AddColumn("system");
            foreach (string metric in metrics)
                table.AddColumn(metric);
            foreach (string system in systems)
            {
                table.AddRow([system, .. metrics.Select(m =>
                    (result.Find(m, variant, system) ?? double.NaN).ToString("0.0000", CultureInfo.InvariantCulture))]);
            }

            console.Write(table);
            if (result.Details.GetValueOrDefault(variant) is IReadOnlyDictionary<string, object?> variantDetails)
                PrintStricterReadings(variantDetails, console);
        }
    }

    // The two stricter readings under details, one line each: P@1, R@20 and NDCG@10 of the three systems that learn.
    private static void PrintStricterReadings(IReadOnlyDictionary<string, object?> details, IAnsiConsole console)
    {
        foreach (var (key, what) in new[]
        {
            ("seenLabelsOnly", "Over only the labels some training or validation product has"),
            ("ownNamesLeftOut", "Without slugs naming the product itself"),
        })
        {
            if (details.GetValueOrDefault(key) is not IReadOnlyDictionary<string, object?> reading
                || reading.GetValueOrDefault("metrics") is not MetricValue[] values)
            {
                continue;
            }

            string Value(string metric, string system) => values.FirstOrDefault(v => v.Metric == metric &&
                v.System == system)?.Value.ToString("0.0000", CultureInfo.InvariantCulture) ?? "?";
            var figures = new[] { "toyrec", "network", "knn" }.Select(system =>
                $"{system} {Value("P@1", system)} / {Value("R@20", system)} / {Value("NDCG@10", system)}");
            console.WriteLine($"{what} (P@1 / R@20 / NDCG@10): {string.Join(", ", figures)}.");
        }
    }
}
