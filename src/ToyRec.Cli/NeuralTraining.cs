using ToyRec.Neural;
using ToyRec.Persistence;

namespace ToyRec.Cli;

/// <summary>The co-purchase model's step of <c>toyrec train</c>: train it and save it to the models folder.</summary>
internal static class NeuralTraining
{
    public const string FileName = "neural.bin";

    public static string ModelPath(CliContext context) => Path.Combine(context.ModelsFolder, FileName);

    /// <summary>Trains the all-labels model and writes <c>models/neural.bin</c>.</summary>
    public static void Run(CliContext context)
    {
        var (catalog, _) = context.Load();
        var model = context.Log.Step("Co-purchase network: training",
            () => CoPurchaseEvaluation.Train(catalog, new CoPurchaseOptions(Seed: context.Seed), context.Log.Lines()));
        string path = ModelPath(context);
        context.Log.Step($"Saving {path}",
            () => ModelFile.Save(path, CoPurchaseModel.Kind, CoPurchaseModel.FormatVersion, model.Write));
    }
}
