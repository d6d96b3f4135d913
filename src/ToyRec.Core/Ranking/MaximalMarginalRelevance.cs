namespace ToyRec.Ranking;

/// <summary>
/// Re-ranks a relevance-ordered list for diversity by maximal marginal relevance: picks greedily the candidate
/// maximising <c>(1 − λ)·rel(c)/rel(best) − λ·max_s sim(c, s)</c> over the candidates s already chosen.
/// </summary>
/// <remarks>
/// Carbonell and Goldstein, "The use of MMR, diversity-based reranking for reordering documents and producing
/// summaries", SIGIR 1998. Each candidate's largest similarity to the chosen ones is kept up to date after every
/// pick, so a list of k from n candidates costs k·n similarity evaluations, not k²·n. Ties go to the earlier
/// candidate, so λ = 0 keeps the input order.
/// </remarks>
public static class MaximalMarginalRelevance
{
    /// <summary>The positions in <paramref name="candidates"/> of the k picked, in pick order.</summary>
    /// <param name="candidates">Item indices, most relevant first.</param>
    /// <param name="relevance">An item's relevance; the first candidate's scales them all to at most 1.</param>
    /// <param name="k">How many to pick (fewer when there are fewer candidates).</param>
    /// <param name="lambda">The trade-off λ: 0 ranks by relevance only, 1 by novelty only.</param>
    /// <param name="similarity">Similarity of two items, such as the cosine of their content vectors.</param>
    public static int[] Rerank(IReadOnlyList<int> candidates, Func<int, double> relevance, int k, double lambda,
        Func<int, int, double> similarity)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(relevance);
        ArgumentNullException.ThrowIfNull(similarity);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        int count = candidates.Count;
        var scaled = new double[count];
        double best = count == 0 ? 0 : relevance(candidates[0]);
        for (int c = 0; c < count; c++)
            scaled[c] = best > 0 ? relevance(candidates[c]) / best : 0;
        var redundancy = new double[count];
        var taken = new bool[count];
        var picks = new int[Math.Min(k, count)];
        for (int p = 0; p < picks.Length; p++)
        {
            int pick = -1;
            double pickValue = double.NegativeInfinity;
            for (int c = 0; c < count; c++)
            {
                double value = (1 - lambda) * scaled[c] - lambda * redundancy[c];
                if (!taken[c] && value > pickValue)
                    (pick, pickValue) = (c, value);
            }

            taken[pick] = true;
            picks[p] = pick;
            for (int c = 0; c < count; c++)
            {
                if (!taken[c])
                    redundancy[c] = Math.Max(redundancy[c], similarity(candidates[c], candidates[pick]));
            }
        }

        return picks;
    }
}
