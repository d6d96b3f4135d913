using System.Diagnostics;
using ToyRec.Catalog;
using ToyRec.Category;
using ToyRec.Content;
using ToyRec.Neural;
using ToyRec.Personal;
using ToyRec.Server.Catalog;
using ToyRec.Server.Recommendations;

namespace ToyRec.Server;

/// <summary>
/// Loads what the server answers from: the cleaned catalogue and the content index over it (rebuilt at start-up:
/// it takes seconds and is not saved), the category model and the co-purchase network that <c>toyrec train</c>
/// saved. A missing category model is fitted at start-up; a missing network (minutes to train) is left out. The
/// log says which happened.
/// </summary>
public static partial class ServerModels
{
    public static ProductStore Load(ServerSettings settings, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(logger);
        var clock = Stopwatch.StartNew();
        var (catalog, report) = CatalogCleaner.Clean(new CatalogReader().ReadFile(settings.CatalogPath));
        CatalogLoaded(logger, settings.CatalogPath, catalog.Count, report.RowsRead, clock.Elapsed.TotalSeconds);
        clock.Restart();
        var content = ContentIndex.Build(catalog);
        ContentBuilt(logger, content.Vectorizer.VocabularySize, settings.ModelsFolder, clock.Elapsed.TotalSeconds);
        return new ProductStore(content);
    }

    /// <summary>
    /// The history recommender: the core's catalogue recommender, with the saved co-purchase network as an extra
    /// signal when there is one.
    /// </summary>
    public static IRecommendationService Recommender(ServerSettings settings, ContentIndex content, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(content);
        string path = Path.Combine(settings.ModelsFolder, "neural.bin");
        ICoPurchaseScorer? network = null;
        if (File.Exists(path))
        {
            var model = CoPurchaseModel.Load(path);
            if (model.Holdout.OtherCatalogueReason(content.Catalog, path) is { } reason)
            {
                NetworkLeftOut(logger, reason);
            }
            else
            {
                network = new CatalogCoPurchaseScorer(content.Catalog, model);
                ModelLoaded(logger, "co-purchase network", path);
            }
        }
        else
        {
            NetworkMissing(logger, path);
        }

        // Similar products read the product's link slugs too (the setting the content evaluation chose for them);
        // the history recommender's weights were tuned on the text-only index, which it keeps.
        var recommender = CatalogueRecommender.Build(content.Catalog, content, extra: network);
        var similar = ContentIndex.Build(content.Catalog, ContentOptions.SimilarProducts);
        return new CatalogueRecommendationService(new ProductLists(similar), recommender, network);
    }

    /// <summary>
    /// The category model saved by <c>toyrec train</c> for this catalogue, else one fitted now (a saved one from
    /// another catalogue would predict that catalogue's classes); a catalogue too small for it (no
    /// top-level category with 10 products) falls back to a vote of the products nearest to the name.
    /// </summary>
    public static ICategoryPredictor CategoryPredictor(ServerSettings settings, ContentIndex content, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(content);
        string path = Path.Combine(settings.ModelsFolder, "category.bin");
        var catalog = content.Catalog;
        if (File.Exists(path))
        {
            var model = CategoryModel.Load(path);
            if (model.FittedOn.OtherCatalogueReason(catalog, path) is not { } reason)
            {
                ModelLoaded(logger, "category model", path);
                return new SoftmaxCategoryPredictor(model);
            }

            CategoryFromOtherCatalogue(logger, reason);
        }

        try
        {
            var clock = Stopwatch.StartNew();
            var model = CategoryModel.FitAll(catalog);
            int labelled = catalog.Products.Count(p => !p.Category.IsEmpty);
            CategoryFitted(logger, path, labelled, clock.Elapsed.TotalSeconds);
            return new SoftmaxCategoryPredictor(model);
        }
        catch (InsufficientDataException e)
        {
            CategoryFallback(logger, e.Message);
            return new NeighbourCategoryPredictor(content);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the {Model} from {Path}")]
    private static partial void ModelLoaded(ILogger logger, string model, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Co-purchase network left out: {Reason}")]
    private static partial void NetworkLeftOut(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "No co-purchase network at {Path}: recommendations " +
        "use content, links, category and popularity only (run 'toyrec train' to add it; it takes minutes, so the " +
        "server does not train it at start-up)")]
    private static partial void NetworkMissing(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "No usable category model at {Path}: fitted one at " +
        "start-up on {Products} products in {Seconds:0.0} s (run 'toyrec train' to save it)")]
    private static partial void CategoryFitted(ILogger logger, string path, int products, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Category model left out: {Reason}; fitting one at start-up")]
    private static partial void CategoryFromOtherCatalogue(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Category model not available ({Reason}); predicting by the " +
        "categories of the products nearest to the name instead")]
    private static partial void CategoryFallback(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Catalogue {Path}: {Kept} products kept of {Read} read in {Seconds:0.0} s")]
    private static partial void CatalogLoaded(ILogger logger, string path, int kept, int read, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content index: no saved content model is used from " +
        "{Models}; built at start-up from the catalogue ({Terms} terms) in {Seconds:0.0} s")]
    private static partial void ContentBuilt(ILogger logger, int terms, string models, double seconds);
}
