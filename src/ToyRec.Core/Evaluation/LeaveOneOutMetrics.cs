namespace ToyRec.Evaluation;

/// <summary>
/// Hit rate, NDCG and MRR over users who each have one held-out item, from the 0-based rank of that item in a
/// full ranking. Every figure is 0 for no users.
/// </summary>
/// <remarks>
/// With one relevant item at rank r (0-based): HR@k = [r &lt; k], NDCG@k = [r &lt; k] / log2(r + 2) (the ideal DCG
/// is 1), RR = 1 / (r + 1); each is averaged over users. These are <see cref="RankingMetrics.HitAt"/>,
/// <see cref="RankingMetrics.NdcgAt"/> with R = 1 and <see cref="RankingMetrics.ReciprocalRank"/> for that list.
/// </remarks>
/// <param name="Users">Users averaged over.</param>
/// <param name="HitRateAt5">HR@5.</param>
/// <param name="HitRateAt10">HR@10.</param>
/// <param name="NdcgAt5">NDCG@5.</param>
/// <param name="NdcgAt10">NDCG@10.</param>
/// <param name="Mrr">Mean reciprocal rank over the full ranking.</param>
public sealed record LeaveOneOutMetrics(
    int Users, double HitRateAt5, double HitRateAt10, double NdcgAt5, double NdcgAt10, double Mrr)
{
    /// <summary>The figures for 0-based ranks of each user's held-out item, summed in the order given.</summary>
    public static LeaveOneOutMetrics FromRanks(ReadOnlySpan<int> ranks)
    {
        if (ranks.IsEmpty)
            return new LeaveOneOutMetrics(0, 0, 0, 0, 0, 0);
        double hr5 = 0, hr10 = 0, ndcg5 = 0, ndcg10 = 0, mrr = 0;
        foreach (int rank in ranks)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(rank);
            double gain = 1 / Math.Log2(rank + 2);
            if (rank < 5)
            {
                hr5++;
                ndcg5 += gain;
            }

            if (rank < 10)
            {
                hr10++;
                ndcg10 += gain;
            }

            mrr += 1.0 / (rank + 1);
        }

        double n = ranks.Length;
        return new LeaveOneOutMetrics(ranks.Length, hr5 / n, hr10 / n, ndcg5 / n, ndcg10 / n, mrr / n);
    }

    /// <summary>The figures as named metrics (<c>HR@5</c>, <c>HR@10</c>, <c>NDCG@5</c>, <c>NDCG@10</c>,
    /// <c>MRR</c>) for one variant and system.</summary>
    public IEnumerable<MetricValue> ToMetrics(string variant, string system)
    {
        yield return new MetricValue("HR@5", variant, system, HitRateAt5);
        yield return new MetricValue("HR@10", variant, system, HitRateAt10);
        yield return new MetricValue("NDCG@5", variant, system, NdcgAt5);
        yield return new MetricValue("NDCG@10", variant, system, NdcgAt10);
        yield return new MetricValue("MRR", variant, system, Mrr);
    }
}
