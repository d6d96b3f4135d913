using System.Numerics.Tensors;

namespace ToyRec.Neural;

/// <summary>The rectifier: y = max(x, 0); ∂y/∂x is 1 where x &gt; 0, else 0.</summary>
/// <remarks>Nair and Hinton, "Rectified linear units improve restricted Boltzmann machines", ICML 2010.</remarks>
public sealed class Relu : ILayer
{
    private Matrix? _output;
    private Matrix? _inputGradient;

    /// <inheritdoc />
    public IReadOnlyList<Parameter> Parameters { get; } = [];

    /// <inheritdoc />
    public Matrix Forward(Matrix input, bool training)
    {
        ArgumentNullException.ThrowIfNull(input);
        var output = _output = Matrix.Reuse(_output, input.Rows, input.Columns);
        TensorPrimitives.Max(input.Data, 0f, output.Data);
        return output;
    }

    /// <inheritdoc />
    public Matrix Backward(Matrix outputGradient)
    {
        ArgumentNullException.ThrowIfNull(outputGradient);
        var output = _output ?? throw new InvalidOperationException("Relu: Backward before Forward.");
        var inputGradient = _inputGradient = Matrix.Reuse(_inputGradient, output.Rows, output.Columns);
        var y = output.Data;
        var g = outputGradient.Data;
        var d = inputGradient.Data;
        for (int i = 0; i < d.Length; i++)
            d[i] = y[i] > 0 ? g[i] : 0;
        return inputGradient;
    }
}
