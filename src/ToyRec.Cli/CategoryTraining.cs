using ToyRec.Catalog;
using ToyRec.Category;

namespace ToyRec.Cli;

/// <summary>
/// Fits the category model that <c>toyrec category</c> uses (the study's features, on every labelled product,
/// λ chosen on a validation part) and saves it to <c>category.bin</c> in the models folder.
/// </summary>
internal static class CategoryTraining
{
    public const string FileName = "category.bin";

    public static string ModelPath(CliContext context) => SavedModels.PathOf(context, FileName);

    /// <summary>The <c>toyrec train</c> step: fit and save.</summary>
    public static void Run(CliContext context)
    {
        var (catalog, _) = context.Load();
        var model = Fit(context, catalog);
        string path = ModelPath(context);
        model.Save(path);
        context.Log.Info($"Category model ({model.Labels.Count} classes, {model.Features.Dimension} features, " +
            $"λ = {model.L2:G3}) saved to {path}.");
    }

    /// <summary>Fits the model on every labelled product of the catalogue.</summary>
    public static CategoryModel Fit(CliContext context, ProductCatalog catalog)
    {
        int labelled = catalog.Products.Count(p => !p.Category.IsEmpty);
        var options = new CategoryModelOptions(Seed: context.Seed);
        return context.Log.Step($"Fitting the category model on {labelled} products",
            () => CategoryModel.FitAll(catalog, options, context.Log.Lines()));
    }

    /// <summary>
    /// The saved model when the models folder has one fitted on this catalogue, else a model fitted now: one from
    /// another catalogue would predict that catalogue's classes.
    /// </summary>
    public static CategoryModel LoadOrFit(CliContext context, ProductCatalog catalog)
    {
        string path = ModelPath(context);
        if (!File.Exists(path))
        {
            context.Log.Info($"No saved category model at {path}; fitting one now (run 'toyrec train' to save it).");
            return Fit(context, catalog);
        }

        var model = context.Log.Step($"Loading {path}", () => CategoryModel.Load(path));
        if (model.FittedOn.OtherCatalogueReason(catalog, path) is not { } reason)
            return model;
        context.Log.Info($"Warning: {reason}; fitting one on this catalogue now.");
        return Fit(context, catalog);
    }
}
