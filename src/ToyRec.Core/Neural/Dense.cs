using System.Numerics.Tensors;

namespace ToyRec.Neural;

/// <summary>A fully connected layer: Y = X·W + b.</summary>
/// <remarks>
/// Gradients: ∂L/∂W = Xᵀ·G, ∂L/∂b = Σ_rows G, ∂L/∂X = G·Wᵀ with G = ∂L/∂Y. Weights start uniform
/// in ±√(6 / (in + out)) (Glorot and Bengio, "Understanding the difficulty of training deep feedforward neural
/// networks", AISTATS 2010).
/// </remarks>
public sealed class Dense : ILayer
{
    private readonly Parameter _weight;
    private readonly Parameter _bias;
    private Matrix? _input;
    private Matrix? _output;
    private Matrix? _inputGradient;

    /// <summary>Creates a layer from <paramref name="inputs"/> to <paramref name="outputs"/> columns.</summary>
    public Dense(string name, int inputs, int outputs, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outputs);
        ArgumentNullException.ThrowIfNull(random);
        Inputs = inputs;
        Outputs = outputs;
        _weight = new Parameter(name + ".weight", inputs, outputs);
        _bias = new Parameter(name + ".bias", outputs, 1);
        _weight.InitializeUniform(random, MathF.Sqrt(6f / (inputs + outputs)));
        Parameters = [_weight, _bias];
    }

    /// <summary>Number of input columns.</summary>
    public int Inputs { get; }

    /// <summary>Number of output columns.</summary>
    public int Outputs { get; }

    /// <inheritdoc />
    public IReadOnlyList<Parameter> Parameters { get; }

    /// <inheritdoc />
    public Matrix Forward(Matrix input, bool training)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Columns != Inputs)
            throw new ArgumentException($"{_weight.Name} takes {Inputs} columns; the batch has {input.Columns}.");
        _input = input;
        var output = _output = Matrix.Reuse(_output, input.Rows, Outputs);
        for (int r = 0; r < input.Rows; r++)
            _bias.Value.CopyTo(output.Row(r));
        Gemm.Multiply(false, false, input.Rows, Outputs, Inputs, 1, input.Data, _weight.Value, 1, output.Data);
        return output;
    }

    /// <inheritdoc />
    public Matrix Backward(Matrix outputGradient)
    {
        ArgumentNullException.ThrowIfNull(outputGradient);
        var input = _input ?? throw new InvalidOperationException($"{_weight.Name}: Backward before Forward.");
        int rows = input.Rows;
        Gemm.Multiply(true, false, Inputs, Outputs, rows, 1, input.Data, outputGradient.Data, 1, _weight.Gradient);
        for (int r = 0; r < rows; r++)
            TensorPrimitives.Add(_bias.Gradient, outputGradient.Row(r), _bias.Gradient);
        var inputGradient = _inputGradient = Matrix.Reuse(_inputGradient, rows, Inputs);
        Gemm.Multiply(false, true, rows, Inputs, Outputs, 1, outputGradient.Data, _weight.Value, 0,
            inputGradient.Data);
        return inputGradient;
    }
}
