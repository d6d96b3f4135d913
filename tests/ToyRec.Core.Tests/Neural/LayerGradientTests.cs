using ToyRec.Neural;

namespace ToyRec.Core.Tests.Neural;

public sealed class LayerGradientTests
{
    [Fact]
    public void DenseBackward_FiniteDifferences_MatchWeightsBiasAndInput()
    {
        var random = new Random(1);
        var layer = new Dense("d", 4, 5, random);
        var input = GradientCheck.RandomMatrix(3, 4, random);
        var readout = GradientCheck.RandomMatrix(3, 5, random);
        double Loss() => GradientCheck.Readout(layer.Forward(input, training: true), readout);

        Loss();
        foreach (var p in layer.Parameters)
            p.ZeroGradient();
        var inputGradient = layer.Backward(readout).Data.ToArray();

        foreach (var p in layer.Parameters)
            GradientCheck.Check(p.Value, p.Gradient, Loss);
        GradientCheck.Check(input.Data, inputGradient, Loss);
    }

    [Fact]
    public void ReluBackward_FiniteDifferences_MatchInput()
    {
        var random = new Random(2);
        var layer = new Relu();
        var input = new Matrix(2, 6, [-1.5f, -0.3f, 0.2f, 0.9f, -0.7f, 1.1f, 0.4f, -0.2f, 2f, -2f, 0.6f, -0.9f]);
        var readout = GradientCheck.RandomMatrix(2, 6, random);
        double Loss() => GradientCheck.Readout(layer.Forward(input, training: true), readout);

        Loss();
        var inputGradient = layer.Backward(readout).Data.ToArray();

        GradientCheck.Check(input.Data, inputGradient, Loss);
        Assert.Equal(0f, inputGradient[0]);
        Assert.Equal(readout.Data[2], inputGradient[2]);
    }

    [Fact]
    public void DropoutBackward_FiniteDifferencesUnderTheSameMask_MatchInput()
    {
        var random = new Random(3);
        var input = GradientCheck.RandomMatrix(4, 8, random);
        var readout = GradientCheck.RandomMatrix(4, 8, random);
        // A fresh layer with the same seed draws the same first mask, so every evaluation sees one mask.
        double Loss() => GradientCheck.Readout(new Dropout(0.5f, 11).Forward(input, training: true), readout);
        var layer = new Dropout(0.5f, 11);

        var output = layer.Forward(input, training: true);
        var inputGradient = layer.Backward(readout).Data.ToArray();

        GradientCheck.Check(input.Data, inputGradient, Loss);
        Assert.All(Enumerable.Range(0, 32), i =>
            Assert.True(output.Data[i] == 0 || Math.Abs(output.Data[i] - 2 * input.Data[i]) < 1e-6));
        Assert.Contains(0f, output.Data);
        Assert.Same(input, layer.Forward(input, training: false));
    }

    [Fact]
    public void SparseLinearBackward_FiniteDifferences_MatchWeightsAndBias()
    {
        var random = new Random(4);
        var layer = new SparseLinear("s", 6, 3, random);
        var input = new SparseRows(6, [0, 2, 2, 5], [1, 4, 0, 1, 5], [0.6f, 0.8f, 0.3f, 0.5f, 0.81f]);
        var readout = GradientCheck.RandomMatrix(3, 3, random);
        double Loss() => GradientCheck.Readout(layer.Forward(input), readout);

        Loss();
        foreach (var p in layer.Parameters)
            p.ZeroGradient();
        layer.Backward(readout);

        foreach (var p in layer.Parameters)
            GradientCheck.Check(p.Value, p.Gradient, Loss);
        Assert.All(layer.Parameters[0].Gradient.AsSpan(2 * 3, 3).ToArray(), g => Assert.Equal(0f, g));
    }

    [Fact]
    public void EmbeddingBackward_RepeatedIds_SumTheirGradients()
    {
        var random = new Random(5);
        var layer = new Embedding("e", 4, 3, random);
        int[] ids = [2, 0, 2, 3];
        var readout = GradientCheck.RandomMatrix(4, 3, random);
        double Loss() => GradientCheck.Readout(layer.Forward(ids), readout);

        Loss();
        layer.Parameters[0].ZeroGradient();
        layer.Backward(readout);

        GradientCheck.Check(layer.Parameters[0].Value, layer.Parameters[0].Gradient, Loss);
        Tolerance.Equal(readout[0, 1] + readout[2, 1], layer.Parameters[0].Gradient[2 * 3 + 1], 1e-6);
    }

    [Fact]
    public void EmbeddingForward_IdOutOfRange_ThrowsNamingTable()
    {
        var layer = new Embedding("maker", 3, 2, new Random(1));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => layer.Forward([1, 3]));

        Assert.StartsWith("maker.table ids must be below 3.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LabelTextOutputBackward_FiniteDifferences_MatchAllParametersAndInput()
    {
        var random = new Random(6);
        var labelText = new SparseRows(5, [0, 2, 3, 3, 5], [0, 3, 1, 2, 3], [0.6f, 0.8f, 1f, 0.71f, 0.71f]);
        var layer = new LabelTextOutput("out", 3, labelText, random);
        var input = GradientCheck.RandomMatrix(2, 3, random);
        var readout = GradientCheck.RandomMatrix(2, 4, random);
        double Loss() => GradientCheck.Readout(layer.Forward(input), readout);

        Loss();
        foreach (var p in layer.Parameters)
            p.ZeroGradient();
        var inputGradient = layer.Backward(readout).Data.ToArray();

        foreach (var p in layer.Parameters)
            GradientCheck.Check(p.Value, p.Gradient, Loss);
        GradientCheck.Check(input.Data, inputGradient, Loss);
    }

    [Fact]
    public void LabelWordMatchBackward_FiniteDifferences_MatchWordWeights()
    {
        var random = new Random(8);
        var labelText = new SparseRows(5, [0, 2, 3, 3, 5], [0, 3, 1, 2, 3], [0.6f, 0.8f, 1f, 0.71f, 0.71f]);
        var layer = new LabelWordMatch("m", labelText, initialWeight: 1.5f);
        var input = new SparseRows(5, [0, 2, 4], [0, 3, 1, 3], [0.6f, 0.8f, 0.5f, 0.87f]);
        var readout = GradientCheck.RandomMatrix(2, 4, random);
        double Loss()
        {
            var logits = new Matrix(2, 4);
            layer.Forward(input, logits);
            return GradientCheck.Readout(logits, readout);
        }

        Loss();
        layer.Parameters[0].ZeroGradient();
        layer.Backward(readout);

        GradientCheck.Check(layer.Parameters[0].Value, layer.Parameters[0].Gradient, Loss);
        // Row 0 against label 0 shares words 0 and 3: 1.5·(0.6·0.6 + 0.8·0.8) = 1.5.
        var check = new Matrix(2, 4);
        layer.Forward(input, check);
        Tolerance.Equal(1.5, check[0, 0], 1e-6);
        Assert.Equal(0f, check[0, 2]);
    }

    [Fact]
    public void BinaryCrossEntropyGradient_FiniteDifferences_MatchLogits()
    {
        var random = new Random(7);
        var logits = GradientCheck.RandomMatrix(3, 5, random, scale: 3);
        int[][] positives = [[0, 4], [], [2]];
        var gradient = new Matrix(3, 5);

        BinaryCrossEntropy.LossAndGradient(logits, positives, gradient);

        GradientCheck.Check(logits.Data, gradient.Data, () => BinaryCrossEntropy.Loss(logits, positives));
    }
}
