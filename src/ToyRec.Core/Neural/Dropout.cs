namespace ToyRec.Neural;

/// <summary>
/// Inverted dropout: while training each value is kept with probability 1 − p and scaled by 1 / (1 − p), else
/// set to 0; at evaluation the layer is the identity.
/// </summary>
/// <remarks>
/// Srivastava et al., "Dropout: a simple way to prevent neural networks from overfitting", JMLR 15, 2014. The
/// mask is drawn sequentially from the layer's own seeded generator, so it does not depend on threads.
/// </remarks>
public sealed class Dropout : ILayer
{
    private readonly Random _random;
    private readonly float _rate;
    private float[] _mask = [];
    private Matrix? _output;
    private Matrix? _inputGradient;
    private bool _masked;

    /// <summary>Creates a dropout layer with drop probability <paramref name="rate"/> in [0, 1).</summary>
    public Dropout(float rate, int seed)
    {
        if (!(rate >= 0 && rate < 1))
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "The dropout rate must be in [0, 1).");
        _rate = rate;
        _random = new Random(seed);
    }

    /// <inheritdoc />
    public IReadOnlyList<Parameter> Parameters { get; } = [];

    /// <inheritdoc />
    public Matrix Forward(Matrix input, bool training)
    {
        ArgumentNullException.ThrowIfNull(input);
        _masked = training && _rate > 0;
        if (!_masked)
            return input;
        var output = _output = Matrix.Reuse(_output, input.Rows, input.Columns);
        if (_mask.Length != input.Data.Length)
            _mask = new float[input.Data.Length];
        float keep = 1 / (1 - _rate);
        for (int i = 0; i < _mask.Length; i++)
        {
            _mask[i] = _random.NextSingle() < _rate ? 0 : keep;
            output.Data[i] = input.Data[i] * _mask[i];
        }

        return output;
    }

    /// <inheritdoc />
    public Matrix Backward(Matrix outputGradient)
    {
        ArgumentNullException.ThrowIfNull(outputGradient);
        if (!_masked)
            return outputGradient;
        var inputGradient = _inputGradient = Matrix.Reuse(_inputGradient, outputGradient.Rows,
            outputGradient.Columns);
        System.Numerics.Tensors.TensorPrimitives.Multiply(outputGradient.Data, _mask, inputGradient.Data);
        return inputGradient;
    }
}
