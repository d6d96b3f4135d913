namespace ToyRec.Personal;

/// <summary>
/// A sparse item-by-item weight matrix in compressed rows: per item, its neighbours and weights sorted by weight
/// (highest first, ties by neighbour index), optionally cut to the strongest few.
/// </summary>
internal sealed class SparseNeighbours
{
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly float[] _weights;

    private SparseNeighbours(int[] offsets, int[] targets, float[] weights)
    {
        _offsets = offsets;
        _targets = targets;
        _weights = weights;
    }

    public int ItemCount => _offsets.Length - 1;

    public int EntryCount => _targets.Length;

    public ReadOnlySpan<int> Targets(int item) => _targets.AsSpan(_offsets[item], _offsets[item + 1] - _offsets[item]);

    public ReadOnlySpan<float> Weights(int item) =>
        _weights.AsSpan(_offsets[item], _offsets[item + 1] - _offsets[item]);

    /// <summary>The weight of the entry (row, column), 0 when absent.</summary>
    public float Weight(int row, int column)
    {
        var targets = Targets(row);
        int at = targets.IndexOf(column);
        return at < 0 ? 0 : Weights(row)[at];
    }

    /// <summary>Adds <paramref name="scale"/> × row <paramref name="item"/> into a dense vector.</summary>
    public void AddRow(int item, float scale, Span<float> scores)
    {
        var targets = Targets(item);
        var weights = Weights(item);
        for (int n = 0; n < targets.Length; n++)
            scores[targets[n]] += scale * weights[n];
    }

    /// <summary>
    /// Builds the matrix from accumulated entries: equal (row, column) keys are summed, then each value is mapped
    /// through <paramref name="transform"/> (given row, column and sum) and each row is cut to its
    /// <paramref name="maxPerRow"/> strongest entries (0 keeps all).
    /// </summary>
    public static SparseNeighbours Build(int itemCount, PairAccumulator pairs, Func<int, int, double, double> transform,
        int maxPerRow)
    {
        var (keys, values) = pairs.Sorted();
        var rows = new List<(int Column, float Weight)>[itemCount];
        int count = keys.Length;
        int i = 0;
        while (i < count)
        {
            long key = keys[i];
            double sum = 0;
            while (i < count && keys[i] == key)
                sum += values[i++];
            int row = (int)(key >> 32), column = (int)(key & 0xffffffff);
            float weight = (float)transform(row, column, sum);
            if (weight > 0)
                (rows[row] ??= []).Add((column, weight));
        }

        var offsets = new int[itemCount + 1];
        var targets = new List<int>();
        var weights = new List<float>();
        for (int row = 0; row < itemCount; row++)
        {
            offsets[row] = targets.Count;
            if (rows[row] is not { } entries)
                continue;
            entries.Sort((a, b) => a.Weight != b.Weight ? b.Weight.CompareTo(a.Weight) : a.Column.CompareTo(b.Column));
            int keep = maxPerRow > 0 ? Math.Min(maxPerRow, entries.Count) : entries.Count;
            for (int n = 0; n < keep; n++)
            {
                targets.Add(entries[n].Column);
                weights.Add(entries[n].Weight);
            }
        }

        offsets[itemCount] = targets.Count;
        return new SparseNeighbours(offsets, [.. targets], [.. weights]);
    }
}
