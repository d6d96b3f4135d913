namespace ToyRec.Evaluation;

/// <summary>
/// Deterministic shuffles and splits. Every random choice in an evaluation goes through a seed, so the same seed
/// gives the same split on every machine and thread count.
/// </summary>
public static class SeededShuffle
{
    /// <summary>A Fisher–Yates permutation of 0..count-1 drawn from <paramref name="seed"/>.</summary>
    public static int[] Permutation(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var order = Enumerable.Range(0, count).ToArray();
        var random = new Random(seed);
        for (int i = count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }

    /// <summary>
    /// Splits 0..count-1 into consecutive parts of a seeded permutation with the given fractions (the last part
    /// takes the remainder). Each part is returned sorted.
    /// </summary>
    public static int[][] Split(int count, int seed, params double[] fractions)
    {
        ArgumentNullException.ThrowIfNull(fractions);
        var order = Permutation(count, seed);
        var parts = new int[fractions.Length + 1][];
        int start = 0;
        for (int p = 0; p < fractions.Length; p++)
        {
            int size = (int)Math.Round(fractions[p] * count);
            size = Math.Min(size, count - start);
            parts[p] = order.AsSpan(start, size).ToArray();
            Array.Sort(parts[p]);
            start += size;
        }

        parts[^1] = order.AsSpan(start).ToArray();
        Array.Sort(parts[^1]);
        return parts;
    }
}
