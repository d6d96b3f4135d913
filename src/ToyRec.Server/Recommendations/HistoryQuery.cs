namespace ToyRec.Server.Recommendations;

/// <summary>
/// A request for recommendations from what a shopper has looked at or bought.
/// </summary>
/// <param name="History">Catalogue positions, oldest first.</param>
/// <param name="Weights">How much each history item counts (same length as the history); 1 for a purchase.</param>
/// <param name="K">How many to return.</param>
/// <param name="Accept">The filter, applied before the top-k cut.</param>
/// <param name="Diversity">0 ranks by relevance alone; towards 1 trades relevance for unlike results.</param>
public sealed record HistoryQuery(IReadOnlyList<int> History, IReadOnlyList<double> Weights, int K,
    Func<int, bool> Accept, double Diversity = 0);
