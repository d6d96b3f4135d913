using System.Numerics.Tensors;

namespace ToyRec.Neural;

/// <summary>
/// A lookup table: row i of the output is the learned vector of the id in row i of the input. Id 0 is the
/// "unknown" row that rare and unseen values share.
/// </summary>
/// <remarks>∂L/∂E[id] = Σ over the rows holding that id of g (Bengio et al., "A neural probabilistic language
/// model", JMLR 3, 2003, for learned embeddings of discrete inputs).</remarks>
public sealed class Embedding
{
    /// <summary>The id of the shared row for rare or unseen values.</summary>
    public const int Unknown = 0;

    private readonly Parameter _table;
    private int[] _ids = [];
    private Matrix? _output;

    /// <summary>Creates a table of <paramref name="count"/> ids, the unknown row included.</summary>
    public Embedding(string name, int count, int dimension, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimension);
        ArgumentNullException.ThrowIfNull(random);
        Count = count;
        Dimension = dimension;
        _table = new Parameter(name + ".table", count, dimension);
        _table.InitializeUniform(random, 0.1f);
        Parameters = [_table];
    }

    /// <summary>Number of ids.</summary>
    public int Count { get; }

    /// <summary>Length of each vector.</summary>
    public int Dimension { get; }

    /// <summary>The table.</summary>
    public IReadOnlyList<Parameter> Parameters { get; }

    /// <summary>Looks up one vector per id.</summary>
    public Matrix Forward(int[] ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        _ids = ids;
        var output = _output = Matrix.Reuse(_output, ids.Length, Dimension);
        for (int r = 0; r < ids.Length; r++)
        {
            if ((uint)ids[r] >= (uint)Count)
                throw new ArgumentOutOfRangeException(nameof(ids), ids[r], $"{_table.Name} ids must be below {Count}.");
            _table.Value.AsSpan(ids[r] * Dimension, Dimension).CopyTo(output.Row(r));
        }

        return output;
    }

    /// <summary>Accumulates the table's gradient for the last forward batch.</summary>
    public void Backward(Matrix outputGradient)
    {
        ArgumentNullException.ThrowIfNull(outputGradient);
        for (int r = 0; r < _ids.Length; r++)
        {
            var target = _table.Gradient.AsSpan(_ids[r] * Dimension, Dimension);
            TensorPrimitives.Add(target, outputGradient.Row(r), target);
        }
    }
}
