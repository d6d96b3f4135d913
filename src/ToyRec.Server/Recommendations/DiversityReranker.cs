namespace ToyRec.Server.Recommendations;

/// <summary>
/// Maximal marginal relevance: picks greedily the candidate maximising
/// <c>(1 − λ)·rel(c) − λ·max_s sim(c, s)</c> over the already chosen s, with relevance scaled to [0, 1] by the
/// best score (Carbonell and Goldstein, "The use
/// of MMR, diversity-based reranking for reordering documents and producing summaries", SIGIR 1998). Only the
/// best <c>max(3k, 50)</c> candidates are considered, so the cost stays O(k · pool) similarity evaluations.
/// </summary>
public static class DiversityReranker
{
    public static List<(int Index, Candidate Candidate)> Rerank(IReadOnlyList<(int Index, Candidate Candidate)> ranked,
        int k, double lambda, Func<int, int, double> similarity)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(similarity);
        var pool = ranked.Take(Math.Max(3 * k, 50)).ToList();
        if (pool.Count == 0)
            return [];
        double best = pool[0].Candidate.Score;
        var maxSimilarity = new double[pool.Count];
        var taken = new bool[pool.Count];
        var chosen = new List<(int, Candidate)>(k);
        while (chosen.Count < Math.Min(k, pool.Count))
        {
            int pick = -1;
            double pickValue = double.NegativeInfinity;
            for (int c = 0; c < pool.Count; c++)
            {
                if (taken[c])
                    continue;
                double relevance = best > 0 ? pool[c].Candidate.Score / best : 0;
                double value = (1 - lambda) * relevance - lambda * maxSimilarity[c];
                if (value > pickValue)
                    (pick, pickValue) = (c, value);
            }

            taken[pick] = true;
            chosen.Add(pool[pick]);
            for (int c = 0; c < pool.Count; c++)
            {
                if (!taken[c])
                    maxSimilarity[c] = Math.Max(maxSimilarity[c], similarity(pool[c].Index, pool[pick].Index));
            }
        }

        return chosen;
    }
}
