using System.Collections.Concurrent;
using ToyRec.Catalog;
using ToyRec.Personal;

namespace ToyRec.Neural;

/// <summary>
/// Lets the trained co-purchase model feed <see cref="CatalogueRecommender"/>: the model predicts also-bought
/// slugs, and each predicted slug is resolved to a catalogue product the way the cleaner resolves links
/// (<see cref="LinkResolver"/>). A product's score is the best score of a slug that resolves to it, divided by the
/// best score of the query, so scores run from 0 to 1 and say how sure the model is next to its surest guess for
/// that product. A slug too vague to name one product (a maker's name, a word several names start with) resolves to
/// none, as in the cleaner.
/// </summary>
/// <remarks>Each product's scores are cached, as the few products they name (at most
/// <c>labelsPerQuery</c>), so that a server asked about every product holds about a kilobyte per product rather than
/// a catalogue-length row.</remarks>
public sealed class CatalogCoPurchaseScorer : ICoPurchaseScorer
{
    private readonly ProductCatalog _catalog;
    private readonly CoPurchaseModel _model;
    private readonly LinkResolver _resolver;
    private readonly int _labelsPerQuery;
    private const int BatchSize = 128;
    private readonly ConcurrentDictionary<int, SparseScores> _cache = new();

    /// <summary>Wraps a trained model for a catalogue.</summary>
    /// <param name="catalog">The catalogue recommended from.</param>
    /// <param name="model">The trained co-purchase model.</param>
    /// <param name="labelsPerQuery">How many of the best predicted slugs are resolved per query product.</param>
    public CatalogCoPurchaseScorer(ProductCatalog catalog, CoPurchaseModel model, int labelsPerQuery = 100)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(labelsPerQuery);
        _catalog = catalog;
        _model = model;
        _resolver = new LinkResolver(catalog.Products);
        _labelsPerQuery = labelsPerQuery;
    }

    /// <inheritdoc />
    public float[] Score(int productIndex)
    {
        var sparse = Cached(productIndex);
        var scores = new float[_catalog.Count];
        for (int n = 0; n < sparse.Products.Length; n++)
            scores[sparse.Products[n]] = sparse.Scores[n];
        return scores;
    }

    /// <inheritdoc />
    public float Score(int productIndex, int candidate)
    {
        var sparse = Cached(productIndex);
        int at = Array.BinarySearch(sparse.Products, candidate);
        return at >= 0 ? sparse.Scores[at] : 0;
    }

    /// <inheritdoc />
    public void AddScores(int productIndex, float weight, Span<float> into)
    {
        if (into.Length != _catalog.Count)
            throw new ArgumentException($"{into.Length} scores for a catalogue of {_catalog.Count}.", nameof(into));
        var sparse = Cached(productIndex);
        for (int n = 0; n < sparse.Products.Length; n++)
            into[sparse.Products[n]] += sparse.Scores[n] * weight;
    }

    /// <summary>Scores the products not yet cached in batches of <see cref="BatchSize"/>, one network pass each.
    /// </summary>
    public void Prepare(IReadOnlyCollection<int> productIndices)
    {
        ArgumentNullException.ThrowIfNull(productIndices);
        var missing = productIndices.Distinct().Where(i => !_cache.ContainsKey(i)).ToArray();
        foreach (var batch in missing.Chunk(BatchSize))
        {
            var predictions = _model.Predict([.. batch.Select(i => _catalog[i])], _labelsPerQuery);
            for (int b = 0; b < batch.Length; b++)
                _cache.TryAdd(batch[b], Resolve(batch[b], predictions[b]));
        }
    }

    private SparseScores Cached(int productIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(productIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(productIndex, _catalog.Count);
        return _cache.GetOrAdd(productIndex, i => Resolve(i, _model.Predict(_catalog[i], _labelsPerQuery)));
    }

    private SparseScores Resolve(int productIndex, IReadOnlyList<CoPurchasePrediction> predictions)
    {
        var best = new SortedDictionary<int, float>();
        if (predictions.Count == 0 || predictions[0].Score <= 0)
            return new SparseScores([], []);
        double surest = predictions[0].Score;
        foreach (var prediction in predictions)
        {
            var (target, _, _) = _resolver.Resolve(productIndex, new ProductLink(prediction.Name, null));
            if (target < 0)
                continue;
            float score = (float)(prediction.Score / surest);
            best[target] = best.TryGetValue(target, out float known) ? Math.Max(known, score) : score;
        }

        return new SparseScores([.. best.Keys], [.. best.Values]);
    }

    // The products some predicted slug resolves to, in ascending position, and their scores.
    private sealed record SparseScores(int[] Products, float[] Scores);
}
