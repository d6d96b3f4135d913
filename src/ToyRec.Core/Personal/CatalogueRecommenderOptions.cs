namespace ToyRec.Personal;

/// <summary>
/// Weights of the signals <see cref="CatalogueRecommender"/> blends. The defaults were chosen on validation queries
/// of the held-out-link evaluation (<see cref="Evaluation.CatalogueEvaluation"/>): the network's weight on the
/// queries whose product is in the network's validation part, the others on every query outside its test part, each
/// by the mean NDCG@10 of held-out links and cold starts (a product alone with its links hidden).
/// </summary>
/// <param name="ContentWeight">Weight of the content similarity to the history.</param>
/// <param name="CoPurchaseWeight">Weight of the co-purchase graph.</param>
/// <param name="CategoryWeight">Weight of the category affinity.</param>
/// <param name="ExtraWeight">Weight of the extra co-purchase scorer (the network), when one is given.</param>
/// <param name="PopularityWeight">Weight of popularity (log reviews, scaled to at most 1), which also orders
/// products no other signal reaches.</param>
/// <param name="Diversity">Trade-off λ of the maximal-marginal-relevance re-ranking: 0 turns it off, 1 ranks by
/// novelty only.</param>
/// <param name="ScaleToQueryMax">Whether each signal is first divided by its largest value over the query's
/// candidates, so that a weight says how much the signal's best candidate counts whatever the signal's range for
/// this history.</param>
public sealed record CatalogueRecommenderOptions(
    double ContentWeight = 0.25,
    double CoPurchaseWeight = 1,
    double CategoryWeight = 0.1,
    double ExtraWeight = 4,
    double PopularityWeight = 0.2,
    double Diversity = 0,
    bool ScaleToQueryMax = true)
{
    /// <summary>The defaults.</summary>
    public static CatalogueRecommenderOptions Default { get; } = new();
}
