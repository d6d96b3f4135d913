using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using ToyRec.Evaluation;
using ToyRec.Neural;

namespace ToyRec.Cli;

/// <summary><c>toyrec evaluate neural</c>: the co-purchase network against its baselines on the test products.</summary>
internal static class EvaluateNeuralCommand
{
    private static readonly Option<int?> Epochs = new("--epochs")
    {
        Description = "Most training epochs (default 40; early stopping usually ends sooner).",
    };

    public static Command Create()
    {
        var command = new Command("neural",
            "Train the co-purchase network on the linked products' training part and report P@K, R@K, NDCG@10, " +
            "HR@10 and coverage@10 on the test part, beside knn, popularity and random.");
        command.Options.Add(Epochs);
        return command.WithAction(context =>
        {
            var options = new CoPurchaseOptions(Seed: context.Seed);
            if (context.Get(Epochs) is { } epochs)
            {
                if (epochs <= 0)
                    throw new UsageException($"--epochs must be a positive number of epochs; got {epochs}.");
                options = options with { Trainer = new TrainerOptions(MaxEpochs: epochs, Seed: context.Seed) };
            }

            var result = NeuralEvaluation.Run(context, options);
            if (context.Json)
                JsonOutput.Write(context.Output, result);
            else
                Print(result, context.Output);
            return 0;
        });
    }

    private static void Print(EvaluationResult result, TextWriter output)
    {
        var console = Terminal.For(output);
        string[] metrics = ["P@1", "P@5", "P@10", "P@20", "R@1", "R@5", "R@10", "R@20", "NDCG@10", "HR@10",
            "coverage@10"];
        string[] systems = ["toyrec", "network", "knn", "popularity", "random"];
        foreach (string variant in CoPurchaseEvaluation.Variants)
        {
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
        }
    }
}
