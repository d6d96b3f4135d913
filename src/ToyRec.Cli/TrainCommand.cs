using System.CommandLine;

namespace ToyRec.Cli;

/// <summary>
/// <c>toyrec train</c>: fit the models that are slow to fit and save them into the models folder, where
/// <c>toyrec category</c>, <c>toyrec also-bought</c> and <c>toyrec serve</c> load them instead of retraining.
/// The content index is not saved: it is rebuilt from the catalogue in about a second. A model that cannot be
/// fitted on the catalogue (too few products) is skipped with its reason; when none can be, the command fails.
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
                SavedModels.CheckAll(context);
                context.Load();
                var trained = new List<string>();
                var skipped = new List<(string Model, string Reason)>();
                foreach (var (model, train) in Steps)
                {
                    try
                    {
                        context.Log.Step($"Training the {model} model", () => train(context));
                        trained.Add(model);
                    }
                    catch (InsufficientDataException e)
                    {
                        context.Log.Info($"{model}: skipped: {e.Message}");
                        skipped.Add((model, e.Message));
                    }
                }

                if (trained.Count == 0)
                {
                    throw new InsufficientDataException("No model could be trained on this catalogue: " +
                        string.Join(" ", skipped.Select(s => $"{s.Model}: {s.Reason}")));
                }

                var files = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
                if (context.Json)
                {
                    JsonOutput.Write(context.Output, new
                    {
                        models = folder,
                        trained,
                        skipped = skipped.Select(s => new { model = s.Model, reason = s.Reason }),
                        files,
                    });
                }
                else
                {
                    context.Output.WriteLine(
                        $"Trained: {string.Join(", ", trained)}; {folder} holds: {string.Join(", ", files)}");
                    foreach (var (model, reason) in skipped)
                        context.Output.WriteLine($"Skipped {model}: {reason}");
                }

                return 0;
            });
}
