using System.CommandLine;

namespace ToyRec.Cli;

/// <summary>
/// <c>toyrec train</c>: fit the models that are slow to fit and save them into the models folder, where
/// <c>toyrec category</c>, <c>toyrec also-bought</c> and <c>toyrec serve</c> load them instead of retraining.
/// The content index is not saved: it is rebuilt from the catalogue in about a second.
/// </summary>
internal static class TrainCommand
{
    // Each saved model's fit-and-save step, in order. A step logs what it wrote.
    private static readonly (string Model, Action<CliContext> Train)[] Steps =
    [
        ("category", CategoryTraining.Run),
        ("neural", NeuralTraining.Run),
    ];

    public static Command Create() =>
        new Command("train", "Fit the models and save them into the --models folder (default: models).")
            .WithAction(context =>
            {
                string folder = OutputFolder.Prepare(context.ModelsFolder, "--models");
                context.Load();
                foreach (var (model, train) in Steps)
                    context.Log.Step($"Training the {model} model", () => train(context));
                var files = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
                var trained = Steps.Select(s => s.Model).ToList();
                if (context.Json)
                    JsonOutput.Write(context.Output, new { models = folder, trained, files });
                else
                {
                    context.Output.WriteLine(
                        $"Trained: {string.Join(", ", trained)}; {folder} holds: {string.Join(", ", files)}");
                }
                return 0;
            });
}
