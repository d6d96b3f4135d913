namespace ToyRec.Neural;

/// <summary>Encoded products with their positive labels: what <see cref="Trainer"/> draws batches from.</summary>
public sealed class NetworkDataset
{
    /// <summary>Wraps encoded inputs (one row per product) and each product's positive label ids.</summary>
    public NetworkDataset(NetworkInput inputs, IReadOnlyList<int[]> positives)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(positives);
        if (positives.Count != inputs.Count)
            throw new ArgumentException($"{inputs.Count} products but {positives.Count} label lists.");
        Inputs = inputs;
        Positives = positives;
    }

    /// <summary>The encoded products.</summary>
    public NetworkInput Inputs { get; }

    /// <summary>Each product's positive label ids.</summary>
    public IReadOnlyList<int[]> Positives { get; }

    /// <summary>Number of products.</summary>
    public int Count => Inputs.Count;

    /// <summary>The products at the given rows, as one batch.</summary>
    public (NetworkInput Input, int[][] Positives) Batch(ReadOnlySpan<int> rows)
    {
        var text = Inputs.Text;
        var offsets = new int[rows.Length + 1];
        for (int i = 0; i < rows.Length; i++)
            offsets[i + 1] = offsets[i] + text.Offsets[rows[i] + 1] - text.Offsets[rows[i]];
        var indices = new int[offsets[^1]];
        var values = new float[offsets[^1]];
        var numeric = new Matrix(rows.Length, Inputs.Numeric.Columns);
        var positives = new int[rows.Length][];
        var category = new int[rows.Length];
        var topLevel = new int[rows.Length];
        var manufacturer = new int[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            int r = rows[i];
            int start = text.Offsets[r], length = text.Offsets[r + 1] - start;
            Array.Copy(text.Indices, start, indices, offsets[i], length);
            Array.Copy(text.Values, start, values, offsets[i], length);
            Inputs.Numeric.Row(r).CopyTo(numeric.Row(i));
            category[i] = Inputs.Category[r];
            topLevel[i] = Inputs.TopLevel[r];
            manufacturer[i] = Inputs.Manufacturer[r];
            positives[i] = Positives[r];
        }

        var sparse = new SparseRows(text.Columns, offsets, indices, values);
        return (new NetworkInput(sparse, category, topLevel, manufacturer, numeric), positives);
    }
}
