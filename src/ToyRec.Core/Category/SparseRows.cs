using ToyRec.Text;

namespace ToyRec.Category;

/// <summary>A sparse matrix in compressed rows, with its transpose in compressed columns for gradients.</summary>
internal sealed class SparseRows
{
    public SparseRows(IReadOnlyList<SparseVector> rows, int columns)
    {
        ArgumentNullException.ThrowIfNull(rows);
        RowCount = rows.Count;
        ColumnCount = columns;
        RowStart = new int[rows.Count + 1];
        for (int i = 0; i < rows.Count; i++)
            RowStart[i + 1] = RowStart[i] + rows[i].Count;
        Columns = new int[RowStart[^1]];
        Values = new float[RowStart[^1]];
        var columnCounts = new int[columns + 1];
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            row.Indices.CopyTo(Columns, RowStart[i]);
            row.Values.CopyTo(Values, RowStart[i]);
            foreach (int j in row.Indices)
            {
                if ((uint)j >= (uint)columns)
                    throw new ArgumentException($"Row {i} has feature {j}; the dimension is {columns}.", nameof(rows));
                columnCounts[j + 1]++;
            }
        }

        ColumnStart = new int[columns + 1];
        for (int j = 0; j < columns; j++)
            ColumnStart[j + 1] = ColumnStart[j] + columnCounts[j + 1];
        ColumnRows = new int[Columns.Length];
        ColumnValues = new float[Columns.Length];
        var next = ColumnStart[..^1];
        for (int i = 0; i < rows.Count; i++)
        {
            for (int p = RowStart[i]; p < RowStart[i + 1]; p++)
            {
                int slot = next[Columns[p]]++;
                ColumnRows[slot] = i;
                ColumnValues[slot] = Values[p];
            }
        }
    }

    public int RowCount { get; }

    public int ColumnCount { get; }

    public int[] RowStart { get; }

    public int[] Columns { get; }

    public float[] Values { get; }

    public int[] ColumnStart { get; }

    public int[] ColumnRows { get; }

    public float[] ColumnValues { get; }
}
