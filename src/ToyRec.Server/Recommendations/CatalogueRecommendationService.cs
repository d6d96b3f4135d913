using ToyRec.Personal;
using ToyRec.Ranking;

namespace ToyRec.Server.Recommendations;

/// <summary>
/// The service the API answers from once the models are loaded: similar products from
/// <see cref="ProductLists"/> (with its warm neighbour cache); "also bought" lists from the product's
/// resolved links, then, when <c>toyrec train</c> saved a co-purchase network, the catalogue products it predicts;
/// and history-based recommendations from the core's <see cref="CatalogueRecommender"/>, which blends content, the
/// co-purchase graph, category affinity, popularity and the network.
/// </summary>
public sealed class CatalogueRecommendationService : IRecommendationService, IWarmUp
{
    /// <summary>
    /// Network predictions below this share of its best prediction for the product are not listed. On the network's
    /// validation products (273 with a resolved link) such predictions were a resolved link 1-2% of the time, those
    /// from 0.05 to 0.1 14%, and those above 0.4 55%.
    /// </summary>
    public const float MinimumNetworkScore = 0.05f;

    private readonly ProductLists _lists;
    private readonly CatalogueRecommender _recommender;
    private readonly ICoPurchaseScorer? _network;

    /// <summary>Combines the three; <paramref name="network"/> is null when no network was saved.</summary>
    public CatalogueRecommendationService(ProductLists lists, CatalogueRecommender recommender,
        ICoPurchaseScorer? network)
    {
        ArgumentNullException.ThrowIfNull(lists);
        ArgumentNullException.ThrowIfNull(recommender);
        _lists = lists;
        _recommender = recommender;
        _network = network;
        Name = network is not null ? "catalogue-recommender+network" : "catalogue-recommender";
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IReadOnlyList<Recommendation> Similar(int product, int k, Func<int, bool> accept) =>
        _lists.Similar(product, k, accept);

    /// <inheritdoc />
    public IReadOnlyList<Recommendation> AlsoBought(int product, int k, Func<int, bool> accept)
    {
        ArgumentNullException.ThrowIfNull(accept);
        var linked = _lists.AlsoBought(product, k, accept);
        if (_network is null || linked.Count >= k)
            return linked;

        // Most products have no resolved link, and on the held-out links the network finds co-purchases that
        // content similarity does not (catalogue evaluation), so it fills the list. Its scores, relative to its best
        // prediction, are scaled to stay below every observed link: the next link would have scored 1 / (1 + n).
        var catalog = _recommender.Catalog;
        var shown = linked.Select(r => r.Index).ToHashSet();
        var scores = _network.Score(product);
        string name = catalog[product].Name;
        var predicted = TopK.Select(scores, k - linked.Count, i => scores[i] >= MinimumNetworkScore && i != product &&
            !shown.Contains(i) && !catalog.AreDuplicates(i, product) && accept(i));
        double scale = 1.0 / (1 + linked.Count);
        return [.. linked, .. predicted.Select(i => new Recommendation(i, scale * scores[i],
            $"{ReasonText.PredictedWith(name)} (from names, categories and makers)"))];
    }

    /// <inheritdoc />
    public IReadOnlyList<Recommendation> ForHistory(HistoryQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var history = query.History.Select((index, i) => new HistoryItem(index, (float)query.Weights[i])).ToList();
        var recommender = query.Diversity > 0
            ? _recommender.WithOptions(_recommender.Options with { Diversity = query.Diversity })
            : _recommender;
        var result = recommender.Recommend(history, query.K, CandidateFilter.None with { Accept = query.Accept });
        return result.Items.Select(r => new Recommendation(r.Index, r.Score, r.Reason)).ToList();
    }

    /// <inheritdoc />
    public void WarmUp(CancellationToken stopping) => _lists.WarmUp(stopping);
}
