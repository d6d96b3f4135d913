using System.Diagnostics;
using ToyRec.Catalog;
using ToyRec.Content;
using ToyRec.Server.Catalog;

namespace ToyRec.Server;

/// <summary>
/// Loads what the server answers from: the cleaned catalogue and the content index over it. The content index is
/// rebuilt at start-up (it takes seconds and is not saved by <c>toyrec train</c>); the log says how long it took.
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

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Catalogue {Path}: {Kept} products kept of {Read} read in {Seconds:0.0} s")]
    private static partial void CatalogLoaded(ILogger logger, string path, int kept, int read, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content index: no saved content model is used from " +
        "{Models}; built at start-up from the catalogue ({Terms} terms) in {Seconds:0.0} s")]
    private static partial void ContentBuilt(ILogger logger, int terms, string models, double seconds);
}
