using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ToyRec.Ranking;

/// <summary>
/// Exact top-k selection over a dense score array: one pass that keeps the k best in a small sorted buffer,
/// comparing eight scores at a time with the current k-th by SIMD and offering only those above it.
/// Ties go to the lower index, so results never depend on thread count or scan order.
/// </summary>
public static class TopK
{
    /// <summary>
    /// The positions of the k largest scores, best first, among those above <paramref name="minimum"/> that
    /// <paramref name="accept"/> allows.
    /// </summary>
    public static int[] Select(ReadOnlySpan<float> scores, int k, Func<int, bool>? accept = null,
        float minimum = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        if (k == 0)
            return [];
        var bestIndex = new int[k];
        var bestScore = new float[k];
        int filled = 0;
        float threshold = minimum;
        int i = 0;
        ref float first = ref MemoryMarshal.GetReference(scores);
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i + 8 <= scores.Length; i += 8)
            {
                var block = Vector256.LoadUnsafe(ref first, (nuint)i);
                uint above = Vector256.GreaterThan(block, Vector256.Create(threshold)).ExtractMostSignificantBits();
                for (; above != 0; above &= above - 1)
                {
                    int j = i + BitOperations.TrailingZeroCount(above);
                    Offer(j, scores[j]);
                }
            }
        }

        for (; i < scores.Length; i++)
            Offer(i, scores[i]);
        return bestIndex.AsSpan(0, filled).ToArray();

        void Offer(int index, float score)
        {
            if (score <= threshold || float.IsNaN(score) || (accept is not null && !accept(index)))
                return;
            int position = Math.Min(filled, k - 1);
            while (position > 0 && bestScore[position - 1] < score)
            {
                bestScore[position] = bestScore[position - 1];
                bestIndex[position] = bestIndex[position - 1];
                position--;
            }

            bestScore[position] = score;
            bestIndex[position] = index;
            if (filled < k)
                filled++;
            if (filled == k)
                threshold = Math.Max(minimum, bestScore[k - 1]);
        }
    }

    /// <summary>
    /// As <see cref="Select"/>, keeping only what <paramref name="firstOfEachGroup"/> keeps of a ranked list (such
    /// as one product per group of exact duplicates), up to k: the selected pool grows fourfold from
    /// <paramref name="minimumPool"/> (or 2k) until k are kept or every candidate is in it.
    /// </summary>
    public static List<int> SelectDistinct(ReadOnlySpan<float> scores, int k,
        Func<IEnumerable<int>, int, List<int>> firstOfEachGroup, Func<int, bool>? accept = null, float minimum = 0,
        int minimumPool = 16)
    {
        ArgumentNullException.ThrowIfNull(firstOfEachGroup);
        for (int pool = Math.Max(minimumPool, 2 * k); ; pool *= 4)
        {
            var ranked = Select(scores, pool, accept, minimum);
            var kept = firstOfEachGroup(ranked, k);
            if (kept.Count >= k || ranked.Length < pool)
                return kept;
        }
    }
}
