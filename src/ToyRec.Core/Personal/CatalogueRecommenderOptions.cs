namespace ToyRec.Personal;

/// <summary>
/// Weights of the signals <see cref="CatalogueRecommender"/> blends. The defaults were chosen on the validation
/// half of the held-out-link evaluation (<see cref="Evaluation.CatalogueEvaluation"/>).
/// </summary>
/// <param name="ContentWeight">Weight of the content similarity to the history.</param>
/// <param name="CoPurchaseWeight">Weight of the co-purchase graph.</param>
/// <param name="CategoryWeight">Weight of the category affinity.</param>
/// <param name="ExtraWeight">Weight of the extra co-purchase scorer, when one is given. Set by hand, not tuned: the
/// saved network was trained on the very links the held-out-link evaluation hides, so tuning it there would leak.
/// </param>
/// <param name="PopularityWeight">Weight of popularity (log reviews, scaled to at most 1), which also orders
/// products no other signal reaches.</param>
/// <param name="Diversity">Trade-off λ of the maximal-marginal-relevance re-ranking: 0 turns it off, 1 ranks by
/// novelty only.</param>
public sealed record CatalogueRecommenderOptions(
    double ContentWeight = 0.25,
    double CoPurchaseWeight = 1,
    double CategoryWeight = 0.1,
    double ExtraWeight = 0.5,
    double PopularityWeight = 0.2,
    double Diversity = 0)
{
    /// <summary>The defaults.</summary>
    public static CatalogueRecommenderOptions Default { get; } = new();
}
