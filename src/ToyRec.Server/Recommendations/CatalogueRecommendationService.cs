using ToyRec.Personal;

namespace ToyRec.Server.Recommendations;

/// <summary>
/// The service the API answers from once the models are loaded: similar products and "also bought" lists from
/// <see cref="LinkAndContentRecommender"/> (with its warm neighbour cache), and history-based recommendations
/// from the core's <see cref="CatalogueRecommender"/>, which blends content, the co-purchase graph, category
/// affinity, popularity and, when <c>toyrec train</c> saved one, the co-purchase network.
/// </summary>
public sealed class CatalogueRecommendationService : IRecommendationService, IWarmUp
{
    private readonly LinkAndContentRecommender _neighbours;
    private readonly CatalogueRecommender _recommender;

    /// <summary>Combines the two.</summary>
    public CatalogueRecommendationService(LinkAndContentRecommender neighbours, CatalogueRecommender recommender,
        bool withNetwork)
    {
        ArgumentNullException.ThrowIfNull(neighbours);
        ArgumentNullException.ThrowIfNull(recommender);
        _neighbours = neighbours;
        _recommender = recommender;
        Name = withNetwork ? "catalogue-recommender+network" : "catalogue-recommender";
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IReadOnlyList<Recommendation> Similar(int product, int k, Func<int, bool> accept) =>
        _neighbours.Similar(product, k, accept);

    /// <inheritdoc />
    public IReadOnlyList<Recommendation> AlsoBought(int product, int k, Func<int, bool> accept) =>
        _neighbours.AlsoBought(product, k, accept);

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
    public void WarmUp(CancellationToken stopping) => _neighbours.WarmUp(stopping);
}
