namespace ToyRec.Neural;

/// <summary>A dense row-major matrix of floats: the activations and gradients passed between layers.</summary>
public sealed class Matrix
{
    /// <summary>Creates a zero matrix.</summary>
    public Matrix(int rows, int columns)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        Rows = rows;
        Columns = columns;
        Data = new float[rows * columns];
    }

    /// <summary>Wraps existing values (rows·columns of them, row after row).</summary>
    public Matrix(int rows, int columns, float[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Length != rows * columns)
        {
            throw new ArgumentException(
                $"A {rows}×{columns} matrix needs {rows * columns} values; got {data.Length}.");
        }
        Rows = rows;
        Columns = columns;
        Data = data;
    }

    /// <summary>Number of rows (the batch size, for activations).</summary>
    public int Rows { get; }

    /// <summary>Number of columns.</summary>
    public int Columns { get; }

    /// <summary>The values, row after row.</summary>
    public float[] Data { get; }

    /// <summary>The value at a row and column.</summary>
    public float this[int row, int column]
    {
        get => Data[row * Columns + column];
        set => Data[row * Columns + column] = value;
    }

    /// <summary>One row's values.</summary>
    public Span<float> Row(int row) => Data.AsSpan(row * Columns, Columns);

    /// <summary>The given matrix when it already has this shape, else a new zero one.</summary>
    internal static Matrix Reuse(Matrix? matrix, int rows, int columns) =>
        matrix is not null && matrix.Rows == rows && matrix.Columns == columns ? matrix : new Matrix(rows, columns);
}
