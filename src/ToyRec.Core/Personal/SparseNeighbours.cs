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
    /// Adds Σ_p weight · decay^(L−1−p) · row(history[p]) into a dense vector: the rows of a history's items, the
    /// newest weighing most.
    /// </summary>
    public void AddHistory(ReadOnlySpan<int> history, double decay, float weight, Span<float> scores)
    {
        for (int p = 0; p < history.Length; p++)
            AddRow(history[p], weight * HistoryWeights.At(p, history.Length, decay), scores);
    }

    /// <summary>
    /// Builds the matrix row by row: <paramref name="fill"/> adds a row's raw entries (repeated columns are summed),
    /// <paramref name="transform"/> maps each sum (given row, column and sum), entries that are not positive are
    /// dropped, and each row keeps its <paramref name="maxPerRow"/> strongest entries (0 keeps all).
    /// </summary>
    /// <remarks>Rows are built in parallel, each by one thread in a fixed order, so the result does not depend on
    /// the thread count.</remarks>
    public static SparseNeighbours Build(int itemCount, Action<int, RowAccumulator> fill,
        Func<int, int, double, double> transform, int maxPerRow)
    {
        var rows = new (int[] Columns, float[] Weights)[itemCount];
        Parallel.For(0, itemCount, () => new RowAccumulator(itemCount), (row, _, accumulator) =>
        {
            fill(row, accumulator);
            rows[row] = accumulator.Take(row, transform, maxPerRow);
            return accumulator;
        }, _ => { });
        var offsets = new int[itemCount + 1];
        for (int row = 0; row < itemCount; row++)
            offsets[row + 1] = offsets[row] + rows[row].Columns.Length;
        var targets = new int[offsets[itemCount]];
        var weights = new float[offsets[itemCount]];
        for (int row = 0; row < itemCount; row++)
        {
            rows[row].Columns.CopyTo(targets, offsets[row]);
            rows[row].Weights.CopyTo(weights, offsets[row]);
        }

        return new SparseNeighbours(offsets, targets, weights);
    }
}
