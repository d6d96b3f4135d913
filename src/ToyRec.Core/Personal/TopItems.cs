namespace ToyRec.Personal;

/// <summary>
/// The k best entries of a dense score vector, highest score first and ties by lower index, so the same scores
/// always give the same list.
/// </summary>
public static class TopItems
{
    /// <summary>
    /// The top <paramref name="k"/> indices j with <paramref name="accept"/>(j) (all when null) and a finite score;
    /// fewer when fewer pass. The filter is applied before the cut.
    /// </summary>
    public static IReadOnlyList<RankedItem> Select(ReadOnlySpan<float> scores, int k, Func<int, bool>? accept = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        var best = new RankedItem[k];
        int count = 0;
        for (int j = 0; j < scores.Length; j++)
        {
            float score = scores[j];
            if (float.IsNegativeInfinity(score) || float.IsNaN(score))
                continue;

            // Scanning indices upwards, a later index only displaces an entry with a strictly lower score.
            if (count == k && (k == 0 || score <= best[k - 1].Score))
                continue;
            if (accept is not null && !accept(j))
                continue;
            int at = count < k ? count++ : k - 1;
            while (at > 0 && best[at - 1].Score < score)
            {
                best[at] = best[at - 1];
                at--;
            }

            best[at] = new RankedItem(j, score);
        }

        return best[..count];
    }
}
