using System.Globalization;
using ToyRec.Catalog;
using ToyRec.Content;
using ToyRec.Text;

namespace ToyRec.Benchmarks;

/// <summary>
/// The content-model steps timed on the real catalogue, each keyed like the scikit-learn peer's
/// (bench/content/peer_sklearn.py) so that run.sh can set them side by side.
/// </summary>
internal static class ContentSteps
{
    /// <summary>Neighbours per product in the all-products step, as the content evaluation uses.</summary>
    public const int AllProductsK = 5;

    /// <summary>Results in the one-product latency step.</summary>
    public const int OneProductK = 10;

    /// <summary>
    /// The options closest to the peer's: name, manufacturer and description as words, equally weighted, no
    /// bigrams, no character n-grams. ToyRec's description field also holds product_description, so this reads
    /// somewhat more text than the peer does.
    /// </summary>
    public static ContentOptions PeerLike { get; } = new(
        NameWeight: 1, ManufacturerWeight: 1, DescriptionWeight: 1, InformationWeight: 0, ReviewWeight: 0,
        CategoryWeight: 0, SellerWeight: 0, NameCharNgramWeight: 0)
    {
        TfIdf = new TfIdfOptions(),
    };

    /// <summary>Runs every step and returns the timings in a fixed order.</summary>
    public static IReadOnlyList<StepTiming> Run(string path, int warmups, int repetitions, string? matrixPath,
        IProgress<string> progress)
    {
        var timings = new List<StepTiming>();
        ProductCatalog catalog = null!;
        timings.Add(StepTimer.Measure("load-clean", "CatalogReader.ReadFile + CatalogCleaner.Clean", warmups,
            repetitions, () => catalog = CatalogCleaner.Clean(new CatalogReader().ReadFile(path)).Catalog));
        progress.Report($"load-clean: {catalog.Count} products kept");

        var settings = new[]
        {
            ("default", new ContentOptions()), ("similar", ContentOptions.SimilarProducts), ("peer", PeerLike),
        };
        foreach (var (name, options) in settings)
        {
            ContentIndex index = null!;
            timings.Add(StepTimer.Measure($"tfidf-{name}", $"ContentIndex.Build, {Describe(name)}", warmups,
                repetitions, () => index = ContentIndex.Build(catalog, options)));
            progress.Report($"tfidf-{name}: vocabulary {index.Vectorizer.VocabularySize} terms");
            if (name == "default" && matrixPath is not null)
                WriteMatrix(index, matrixPath);

            timings.Add(StepTimer.Measure($"top5-all-{name}",
                $"SimilarIndicesForAll(k = {AllProductsK}): all {catalog.Count} products, each pair scored once, " +
                $"parallel, {Describe(name)}", warmups, repetitions, () => AllProducts(index, maxThreads: -1)));
            timings.Add(StepTimer.Measure($"top5-all-{name}-1thread",
                $"as top5-all-{name}, one thread", warmups, repetitions, () => AllProducts(index, maxThreads: 1)));

            var queries = Enumerable.Range(0, catalog.Count).ToArray();
            timings.Add(StepTimer.MeasureEach($"top10-one-{name}",
                $"Similar(k = {OneProductK}) with explanations, one product at a time, {Describe(name)}", queries,
                q => index.Similar(q, OneProductK)));
            progress.Report($"{name} options timed");
        }

        return timings;
    }

    /// <summary>The top-k lists of every product, computed as the content evaluation does.</summary>
    public static int[][] AllProducts(ContentIndex index, int maxThreads)
    {
        ArgumentNullException.ThrowIfNull(index);
        return index.SimilarIndicesForAll(AllProductsK, maxThreads);
    }

    // svmlight with a dummy label; feature ids are 1-based as the format wants. Values are written with 9
    // significant digits, enough to give back the same float.
    private static void WriteMatrix(ContentIndex index, string path)
    {
        using var writer = new StreamWriter(path);
        for (int p = 0; p < index.Catalog.Count; p++)
        {
            var vector = index.Vector(p);
            writer.Write('0');
            for (int e = 0; e < vector.Count; e++)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture,
                    $" {vector.Indices[e] + 1}:{vector.Values[e]:G9}"));
            }

            writer.Write('\n');
        }
    }

    private static string Describe(string name) => name switch
    {
        "default" => "default options (name, manufacturer, name character n-grams, descriptions, sellers, bigrams)",
        "similar" => "similar-products options (the defaults plus the product's own link slugs)",
        _ => "peer-like options (name + manufacturer + description, words only)",
    };
}
