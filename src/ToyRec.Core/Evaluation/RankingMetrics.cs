namespace ToyRec.Evaluation;

/// <summary>
/// Ranking measures for one ranked list, given which positions are relevant. Every measure is defined on empty
/// input: an empty list, or a query with no relevant item, scores 0 rather than NaN.
/// </summary>
/// <remarks>
/// <para>relevant[i] says whether the item at rank i + 1 is relevant; R is the number of relevant items that
/// exist for the query (in the whole catalogue, not only in the list).</para>
/// <para>Definitions follow Manning, Raghavan and Schütze, <i>Introduction to Information Retrieval</i> (2008),
/// ch. 8, and Järvelin and Kekäläinen, "Cumulated gain-based evaluation of IR techniques" (TOIS 2002).</para>
/// </remarks>
public static class RankingMetrics
{
    /// <summary>Precision@k = hits in the top k / k; missing places of a short list count as misses.</summary>
    public static double PrecisionAt(ReadOnlySpan<bool> relevant, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        return (double)HitsAt(relevant, k) / k;
    }

    /// <summary>Recall@k = hits in the top k / R; 0 when R is 0.</summary>
    public static double RecallAt(ReadOnlySpan<bool> relevant, int k, int totalRelevant)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        ArgumentOutOfRangeException.ThrowIfNegative(totalRelevant);
        return totalRelevant == 0 ? 0 : (double)HitsAt(relevant, k) / totalRelevant;
    }

    /// <summary>
    /// AP@k = (1 / min(k, R)) Σ_{i ≤ k} P@i · rel(i): the strict form, which divides by how many hits were
    /// possible. 0 when R is 0.
    /// </summary>
    public static double AveragePrecisionAt(ReadOnlySpan<bool> relevant, int k, int totalRelevant)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        ArgumentOutOfRangeException.ThrowIfNegative(totalRelevant);
        int denominator = Math.Min(k, totalRelevant);
        return denominator == 0 ? 0 : SumOfPrecisionAtHits(relevant, k) / denominator;
    }

    /// <summary>
    /// Lenient AP@k = (1 / hits in the top k) Σ_{i ≤ k} P@i · rel(i): divides by the hits found, so a list with
    /// one hit at rank 1 scores 1. 0 when there is no hit.
    /// </summary>
    public static double LenientAveragePrecisionAt(ReadOnlySpan<bool> relevant, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        int hits = HitsAt(relevant, k);
        return hits == 0 ? 0 : SumOfPrecisionAtHits(relevant, k) / hits;
    }

    /// <summary>
    /// NDCG@k with binary gains: DCG = Σ_{i ≤ k} rel(i) / log2(i + 1), divided by the DCG of an ideal list with
    /// min(k, R) hits on top. 0 when R is 0.
    /// </summary>
    public static double NdcgAt(ReadOnlySpan<bool> relevant, int k, int totalRelevant)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        ArgumentOutOfRangeException.ThrowIfNegative(totalRelevant);
        int ideal = Math.Min(k, totalRelevant);
        if (ideal == 0)
            return 0;
        double dcg = 0, idcg = 0;
        int n = Math.Min(k, relevant.Length);
        for (int i = 0; i < n; i++)
        {
            if (relevant[i])
                dcg += 1.0 / Math.Log2(i + 2);
        }

        for (int i = 0; i < ideal; i++)
            idcg += 1.0 / Math.Log2(i + 2);
        return dcg / idcg;
    }

    /// <summary>Hit rate@k: 1 when any of the top k is relevant, else 0.</summary>
    public static double HitAt(ReadOnlySpan<bool> relevant, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        return HitsAt(relevant, k) > 0 ? 1 : 0;
    }

    /// <summary>Reciprocal rank: 1 / rank of the first relevant item in the list, 0 when none is.</summary>
    public static double ReciprocalRank(ReadOnlySpan<bool> relevant)
    {
        int first = relevant.IndexOf(true);
        return first < 0 ? 0 : 1.0 / (first + 1);
    }

    /// <summary>Number of relevant items among the top k.</summary>
    public static int HitsAt(ReadOnlySpan<bool> relevant, int k)
    {
        int n = Math.Min(k, relevant.Length);
        int hits = 0;
        for (int i = 0; i < n; i++)
        {
            if (relevant[i])
                hits++;
        }

        return hits;
    }

    private static double SumOfPrecisionAtHits(ReadOnlySpan<bool> relevant, int k)
    {
        int n = Math.Min(k, relevant.Length);
        int hits = 0;
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            if (!relevant[i])
                continue;
            hits++;
            sum += (double)hits / (i + 1);
        }

        return sum;
    }
}
