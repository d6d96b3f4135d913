using ToyRec.Catalog;
using ToyRec.Content;
using ToyRec.Ranking;

namespace ToyRec.Personal;

/// <summary>
/// Recommendations for a history of catalogue products: content similarity, the co-purchase graph, category
/// affinity, an optional extra co-purchase scorer and a little popularity, blended; filters applied before the
/// cut; the history and its duplicates never recommended; near-duplicates collapsed; a reason for every result.
/// </summary>
/// <remarks>
/// <para>score(j) = a · Σ_h w_h cos(h, j) + b · Σ_h w_h G(h, j) + c · A(j) + e · X(j) + p · pop(j), with cos the
/// TF-IDF cosine of <see cref="ContentIndex"/>, G the <see cref="CoPurchaseGraph"/>, A the category affinity
/// Σ_h w_h ([path(j) = path(h)] + ½ [top(j) = top(h)]) / (1.5 Σ_h w_h), X the extra scorer's
/// Σ_h w_h X_h(j) / Σ_h w_h (its scores on its own scale, at most 1), and pop = log(1 + reviews) / max. With
/// <see cref="CatalogueRecommenderOptions.ScaleToQueryMax"/> each signal but X is first divided by its largest value
/// over the candidates (all products but the history and its duplicates), a per-query max normalisation as in score
/// fusion (Fox and Shaw, "Combination of multiple searches", TREC-2 1994); X keeps its scale, which says how sure
/// the scorer is.</para>
/// <para>History weights w_h are the caller's; for an ordered history <see cref="HistoryWeights.Recency"/> multiplies
/// them by d^(L−1−position), so later products count more.</para>
/// <para>With diversity λ &gt; 0 the list is re-ranked by maximal marginal relevance over content similarity:
/// next = argmax (1 − λ) · score(j) / max score − λ · max_(s chosen) cos(j, s) (Carbonell and Goldstein,
/// SIGIR 1998).</para>
/// </remarks>
public sealed partial class CatalogueRecommender
{
    private const int MinimumPool = 50;
    private readonly ICoPurchaseScorer? _extra;
    private readonly float[] _popularity;
    private readonly Dictionary<string, int[]> _byPath;
    private readonly Dictionary<string, int[]> _byTopLevel;

    private CatalogueRecommender(ProductCatalog catalog, ContentIndex content, CoPurchaseGraph graph,
        CatalogueRecommenderOptions options, ICoPurchaseScorer? extra, float[] popularity,
        Dictionary<string, int[]> byPath, Dictionary<string, int[]> byTopLevel)
    {
        Catalog = catalog;
        Content = content;
        Graph = graph;
        Options = options;
        _extra = extra;
        _popularity = popularity;
        _byPath = byPath;
        _byTopLevel = byTopLevel;
    }

    /// <summary>The catalogue.</summary>
    public ProductCatalog Catalog { get; }

    /// <summary>The content index used for similarity.</summary>
    public ContentIndex Content { get; }

    /// <summary>The co-purchase graph.</summary>
    public CoPurchaseGraph Graph { get; }

    /// <summary>The blend weights.</summary>
    public CatalogueRecommenderOptions Options { get; }

    /// <summary>Whether an extra co-purchase scorer (the network) was given.</summary>
    public bool HasExtra => _extra is not null;

    /// <summary>Lets the extra scorer score these products together before many histories ask for them.</summary>
    internal void PrepareExtra(IReadOnlyCollection<int> products) => _extra?.Prepare(products);

    /// <summary>Builds the recommender; <paramref name="extra"/> adds a co-purchase model's scores.</summary>
    public static CatalogueRecommender Build(ProductCatalog catalog, ContentIndex content,
        CatalogueRecommenderOptions? options = null, ICoPurchaseScorer? extra = null, CoPurchaseGraph? graph = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(content);
        var reviews = catalog.Products.Select(p => (float)Math.Log(1 + Math.Max(0, p.ReviewCount ?? 0))).ToArray();
        float max = reviews.Length == 0 ? 1 : Math.Max(1e-6f, reviews.Max());
        var popularity = reviews.Select(r => r / max).ToArray();
        var byPath = Group(catalog, p => p.Category.FullPath);
        var byTop = Group(catalog, p => p.Category.TopLevel);
        return new CatalogueRecommender(catalog, content, graph ?? CoPurchaseGraph.Build(catalog),
            options ?? CatalogueRecommenderOptions.Default, extra, popularity, byPath, byTop);
    }

    /// <summary>The same signals with other weights.</summary>
    public CatalogueRecommender WithOptions(CatalogueRecommenderOptions options) =>
        new(Catalog, Content, Graph, options, _extra, _popularity, _byPath, _byTopLevel);

    /// <summary>
    /// The top <paramref name="k"/> products for a history (positions with weights). An empty history gets the most
    /// popular products that pass the filter, and <see cref="CatalogueRecommendations.PopularFallback"/> says so.
    /// </summary>
    public CatalogueRecommendations Recommend(IReadOnlyList<HistoryItem> history, int k, CandidateFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        filter ??= CandidateFilter.None;
        var signals = Signals(history);
        var scales = QueryScales(signals, history);
        var scores = Blend(signals, Options, scales);
        foreach (var item in history)
        {
            scores[item.Index] = float.NegativeInfinity;
            foreach (int duplicate in Catalog.DuplicatesOf(item.Index))
                scores[duplicate] = float.NegativeInfinity;
        }

        var chosen = Select(scores, k, i => filter.Accepts(Catalog[i], i), Options.Diversity);
        var items = chosen.Select(i => new CatalogueRecommendation(i, scores[i], Reason(history, i, scales))).ToList();
        return new CatalogueRecommendations(items, history.Count == 0);
    }

    /// <summary>
    /// The top <paramref name="k"/> positions for dense scores: filter before the cut, near-duplicates collapsed
    /// (only the best of a duplicate group), ties by lower index, then the optional MMR re-ranking.
    /// </summary>
    internal int[] Select(float[] scores, int k, Func<int, bool> accept, double diversity)
    {
        int want = diversity > 0 ? Math.Max(MinimumPool, 5 * k) : k;
        var collapsed = TopK.SelectDistinct(scores, want, Catalog.FirstOfEachDuplicateGroup, accept, float.MinValue,
            MinimumPool);
        return diversity > 0 ? Diversify(collapsed, scores, k, diversity) : [.. collapsed];
    }

    private int[] Diversify(List<int> candidates, float[] scores, int k, double lambda) =>
        [.. MaximalMarginalRelevance.Rerank(candidates, i => scores[i], k, lambda, Content.Similarity)
            .Select(p => candidates[p])];

    private static Dictionary<string, int[]> Group(ProductCatalog catalog, Func<Product, string> key) =>
        Enumerable.Range(0, catalog.Count).Where(i => key(catalog[i]).Length > 0)
            .GroupBy(i => key(catalog[i]), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
}
