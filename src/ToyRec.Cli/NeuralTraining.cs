using ToyRec.Catalog;
using ToyRec.Neural;
using ToyRec.Persistence;
using ToyRec.Personal;

namespace ToyRec.Cli;

/// <summary>The co-purchase model's step of <c>toyrec train</c>: train it and save it to the models folder.</summary>
internal static class NeuralTraining
{
    public const string FileName = "neural.bin";

    public static string ModelPath(CliContext context) => SavedModels.PathOf(context, FileName);

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

    /// <summary>
    /// Fails at once, naming the file and what is wrong with it, when the saved network is damaged or of another
    /// format version; <c>evaluate personal</c> checks it before its minutes of work, as <c>recommend</c> and
    /// <c>serve</c> fail on such a file.
    /// </summary>
    public static void VerifySaved(CliContext context)
    {
        string path = ModelPath(context);
        if (File.Exists(path))
            ModelFile.Verify(path, CoPurchaseModel.Kind, CoPurchaseModel.FormatVersion);
    }

    /// <summary>
    /// The network for an evaluation: the one trained earlier in this command, else the saved one, else null. The
    /// second value says where it came from. A saved file that cannot be read is left out with a warning: only
    /// <c>run</c> gets here with one (after its own network evaluation was skipped), since <c>evaluate personal</c>
    /// verifies the file first (<see cref="VerifySaved"/>).
    /// </summary>
    public static (CoPurchaseModel? Model, string Source) ForEvaluation(CliContext context, ProductCatalog catalog)
    {
        if (context.TrainedNetwork is { } trained)
            return (trained, "trained in this run");
        string path = ModelPath(context);
        if (!File.Exists(path))
            return (null, $"none: no {path} (run 'toyrec train' to add it)");
        CoPurchaseModel model;
        try
        {
            model = context.Log.Step($"Loading {path}", () => CoPurchaseModel.Load(path));
        }
        catch (InvalidDataException e)
        {
            context.Log.Info($"Warning: co-purchase model left out: {e.Message}");
            return (null, $"none: {e.Message}");
        }

        if (model.Holdout.OtherCatalogueReason(catalog, path) is { } reason)
        {
            context.Log.Info($"Co-purchase model left out: {reason}");
            return (null, $"none: {reason}");
        }

        return (model, $"loaded from {path}");
    }

    /// <summary>
    /// The saved model as an extra co-purchase signal for the catalogue recommender, or null (with a log line)
    /// when <c>toyrec train</c> has not written one.
    /// </summary>
    public static ICoPurchaseScorer? TryLoadScorer(CliContext context, ProductCatalog catalog)
    {
        string path = ModelPath(context);
        if (!File.Exists(path))
        {
            context.Log.Info(
                $"No co-purchase model at {path} (run 'toyrec train' to add it); recommending without it.");
            return null;
        }

        var model = context.Log.Step($"Loading {path}", () => CoPurchaseModel.Load(path));
        if (model.Holdout.OtherCatalogueReason(catalog, path) is { } reason)
        {
            context.Log.Info($"Recommending without the co-purchase model: {reason}.");
            return null;
        }

        return new CatalogCoPurchaseScorer(catalog, model);
    }
}
