using System.Numerics.Tensors;

namespace ToyRec.Neural;

/// <summary>
/// A linear layer over sparse input: y = b + Σ_j x_j W[j], a weighted sum of the rows of W for the words present,
/// so its cost follows the number of words in a row, not the vocabulary.
/// </summary>
/// <remarks>
/// The same map as a dense layer over a one-hot/TF-IDF vector (PyTorch's <c>EmbeddingBag</c> with per-sample
/// weights and mode "sum"). Inputs are L2-normalised TF-IDF rows, so weights start uniform in ±√(3 / out), which
/// gives an output of about unit length. Gradients: ∂L/∂W[j] = Σ_rows x_j g, ∂L/∂b = Σ_rows g. Rows are
/// scattered in batch order on one thread, so the gradient does not depend on the thread count.
/// </remarks>
public sealed class SparseLinear
{
    private readonly Parameter _weight;
    private readonly Parameter _bias;
    private SparseRows? _input;
    private Matrix? _output;

    /// <summary>Creates a layer from <paramref name="inputs"/> words to <paramref name="outputs"/> columns.</summary>
    public SparseLinear(string name, int inputs, int outputs, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outputs);
        ArgumentNullException.ThrowIfNull(random);
        Inputs = inputs;
        Outputs = outputs;
        _weight = new Parameter(name + ".weight", inputs, outputs);
        _bias = new Parameter(name + ".bias", outputs, 1);
        _weight.InitializeUniform(random, MathF.Sqrt(3f / outputs));
        Parameters = [_weight, _bias];
    }

    /// <summary>Vocabulary size.</summary>
    public int Inputs { get; }

    /// <summary>Output columns.</summary>
    public int Outputs { get; }

    /// <summary>The weight (Inputs × Outputs) and bias.</summary>
    public IReadOnlyList<Parameter> Parameters { get; }

    /// <summary>Computes one output row per sparse input row.</summary>
    public Matrix Forward(SparseRows input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Columns != Inputs)
            throw new ArgumentException($"{_weight.Name} takes {Inputs} columns; the batch has {input.Columns}.");
        _input = input;
        var output = _output = Matrix.Reuse(_output, input.Rows, Outputs);
        var weights = _weight.Value;
        Parallel.For(0, input.Rows, r =>
        {
            var row = output.Row(r);
            _bias.Value.CopyTo(row);
            for (int e = input.Offsets[r]; e < input.Offsets[r + 1]; e++)
            {
                var w = weights.AsSpan(input.Indices[e] * Outputs, Outputs);
                TensorPrimitives.MultiplyAdd(w, input.Values[e], row, row);
            }
        });
        return output;
    }

    /// <summary>Accumulates the gradients of W and b for the last forward batch.</summary>
    public void Backward(Matrix outputGradient)
    {
        ArgumentNullException.ThrowIfNull(outputGradient);
        var input = _input ?? throw new InvalidOperationException($"{_weight.Name}: Backward before Forward.");
        var gradients = _weight.Gradient;
        for (int r = 0; r < input.Rows; r++)
        {
            var g = outputGradient.Row(r);
            TensorPrimitives.Add(_bias.Gradient, g, _bias.Gradient);
            for (int e = input.Offsets[r]; e < input.Offsets[r + 1]; e++)
            {
                var target = gradients.AsSpan(input.Indices[e] * Outputs, Outputs);
                TensorPrimitives.MultiplyAdd(g, input.Values[e], target, target);
            }
        }
    }
}
