namespace ToyRec.Neural;

/// <summary>
/// Sparse rows in compressed sparse row form: row r holds the columns <c>Indices[Offsets[r]..Offsets[r+1]]</c> with
/// the values at the same places. Used for bag-of-words batches and for label texts.
/// </summary>
public sealed class SparseRows
{
    /// <summary>Wraps CSR arrays, checking their lengths and that every index is below <paramref
    /// name="columns"/>.</summary>
    public SparseRows(int columns, int[] offsets, int[] indices, float[] values)
    {
        ArgumentNullException.ThrowIfNull(offsets);
        ArgumentNullException.ThrowIfNull(indices);
        ArgumentNullException.ThrowIfNull(values);
        if (offsets.Length == 0 || offsets[0] != 0 || offsets[^1] != indices.Length || indices.Length != values.Length)
            throw new ArgumentException("CSR offsets must start at 0 and end at the number of indices and values.");
        foreach (int index in indices)
        {
            if ((uint)index >= (uint)columns)
                throw new ArgumentOutOfRangeException(nameof(indices), index, $"Indices must be below {columns}.");
        }

        Columns = columns;
        Offsets = offsets;
        Indices = indices;
        Values = values;
    }

    /// <summary>Number of rows.</summary>
    public int Rows => Offsets.Length - 1;

    /// <summary>Number of columns (the vocabulary size).</summary>
    public int Columns { get; }

    /// <summary>Row starts, Rows + 1 of them.</summary>
    public int[] Offsets { get; }

    /// <summary>Column of each stored value.</summary>
    public int[] Indices { get; }

    /// <summary>The stored values.</summary>
    public float[] Values { get; }

    /// <summary>Builds rows from (index, value) lists.</summary>
    public static SparseRows From(int columns, IEnumerable<IReadOnlyList<(int Index, float Value)>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var offsets = new List<int> { 0 };
        var indices = new List<int>();
        var values = new List<float>();
        foreach (var row in rows)
        {
            foreach (var (index, value) in row)
            {
                indices.Add(index);
                values.Add(value);
            }

            offsets.Add(indices.Count);
        }

        return new SparseRows(columns, [.. offsets], [.. indices], [.. values]);
    }
}
