using System.Numerics.Tensors;

namespace ToyRec.Neural;

/// <summary>
/// The output layer: one logit per label, z = H·Vᵀ + c, where each label's vector combines a learned free vector
/// with a vector built from the words of the label's text: V = E + S·A (S holds the labels' TF-IDF rows, A one
/// learned vector per word). Rare labels, whose free vectors see few gradients, borrow strength through the
/// words they share with frequent ones.
/// </summary>
/// <remarks>
/// A factorised output layer in the spirit of label-embedding models (Weston, Bengio and Usunier, "WSABIE:
/// scaling up to large vocabulary image annotation", IJCAI 2011). Gradients with G = ∂L/∂z: ∂L/∂c = Σ_rows G,
/// ∂L/∂V = Gᵀ·H = ∂L/∂E, ∂L/∂A = Sᵀ·∂L/∂V, ∂L/∂H = G·V.
/// </remarks>
public sealed class LabelTextOutput
{
    private readonly Parameter _free;
    private readonly Parameter _words;
    private readonly Parameter _bias;
    private readonly SparseRows _labelText;
    private readonly float[] _vectors;
    private readonly float[] _labelGradient;
    private Matrix? _input;
    private Matrix? _output;
    private Matrix? _inputGradient;
    private bool _frozen;
    private bool _vectorsBuilt;

    /// <summary>Creates the layer for the labels whose texts are the rows of <paramref name="labelText"/>.</summary>
    public LabelTextOutput(string name, int inputs, SparseRows labelText, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputs);
        ArgumentNullException.ThrowIfNull(labelText);
        ArgumentNullException.ThrowIfNull(random);
        Inputs = inputs;
        Labels = labelText.Rows;
        _labelText = labelText;
        _free = new Parameter(name + ".free", Labels, inputs);
        _words = new Parameter(name + ".words", labelText.Columns, inputs);
        _bias = new Parameter(name + ".bias", Labels, 1);
        float limit = MathF.Sqrt(3f / inputs);
        _free.InitializeUniform(random, limit);
        _words.InitializeUniform(random, limit);
        _vectors = new float[Labels * inputs];
        _labelGradient = new float[Labels * inputs];
        Parameters = [_free, _words, _bias];
    }

    /// <summary>Input columns (the last hidden layer's width).</summary>
    public int Inputs { get; }

    /// <summary>Number of labels (output columns).</summary>
    public int Labels { get; }

    /// <summary>The free label vectors E, the word vectors A and the label biases c.</summary>
    public IReadOnlyList<Parameter> Parameters { get; }

    /// <summary>The bias of each label; the network sets it to the labels' log-odds in training.</summary>
    internal Parameter Bias => _bias;

    /// <summary>Computes the logits of every label for each row of the batch.</summary>
    public Matrix Forward(Matrix input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Columns != Inputs)
            throw new ArgumentException($"{_free.Name} takes {Inputs} columns; the batch has {input.Columns}.");
        _input = input;
        // While training, the vectors follow every update; once frozen they are built once and kept.
        if (!_frozen || !_vectorsBuilt)
        {
            BuildVectors();
            _vectorsBuilt = _frozen;
        }

        var output = _output = Matrix.Reuse(_output, input.Rows, Labels);
        for (int r = 0; r < input.Rows; r++)
            _bias.Value.CopyTo(output.Row(r));
        Gemm.Multiply(false, true, input.Rows, Labels, Inputs, 1, input.Data, _vectors, 1, output.Data);
        return output;
    }

    /// <summary>Accumulates the gradients of E, A and c, and returns ∂L/∂H.</summary>
    public Matrix Backward(Matrix outputGradient)
    {
        ArgumentNullException.ThrowIfNull(outputGradient);
        var input = _input ?? throw new InvalidOperationException($"{_free.Name}: Backward before Forward.");
        int rows = input.Rows;
        for (int r = 0; r < rows; r++)
            TensorPrimitives.Add(_bias.Gradient, outputGradient.Row(r), _bias.Gradient);
        Gemm.Multiply(true, false, Labels, Inputs, rows, 1, outputGradient.Data, input.Data, 0, _labelGradient);
        TensorPrimitives.Add(_free.Gradient, _labelGradient, _free.Gradient);
        var inputGradient = _inputGradient = Matrix.Reuse(_inputGradient, rows, Inputs);
        Gemm.Multiply(false, false, rows, Inputs, Labels, 1, outputGradient.Data, _vectors, 0, inputGradient.Data);
        ScatterWordGradients();
        return inputGradient;
    }

    /// <summary>
    /// Marks the weights final (a trained or loaded model), so that the label vectors V = E + S·A are built on the
    /// next forward pass and reused by every later one instead of rebuilt per prediction.
    /// </summary>
    internal void Freeze() => _frozen = true;

    private void BuildVectors()
    {
        var text = _labelText;
        Parallel.For(0, Labels, l =>
        {
            var vector = _vectors.AsSpan(l * Inputs, Inputs);
            _free.Value.AsSpan(l * Inputs, Inputs).CopyTo(vector);
            for (int e = text.Offsets[l]; e < text.Offsets[l + 1]; e++)
                TensorPrimitives.MultiplyAdd(_words.Value.AsSpan(text.Indices[e] * Inputs, Inputs), text.Values[e],
                    vector, vector);
        });
    }

    // ∂L/∂A[j] = Σ_l S[l, j] ∂L/∂V[l], scattered label by label on one thread so the sum's order is fixed.
    private void ScatterWordGradients()
    {
        var text = _labelText;
        for (int l = 0; l < Labels; l++)
        {
            var g = _labelGradient.AsSpan(l * Inputs, Inputs);
            for (int e = text.Offsets[l]; e < text.Offsets[l + 1]; e++)
            {
                var target = _words.Gradient.AsSpan(text.Indices[e] * Inputs, Inputs);
                TensorPrimitives.MultiplyAdd(g, text.Values[e], target, target);
            }
        }
    }
}
