using ToyRec.Neural;

namespace ToyRec.Core.Tests.Neural;

public sealed class BinaryCrossEntropyTests
{
    [Fact]
    public void LossAndGradient_SmallBatch_MatchesHandComputation()
    {
        var logits = new Matrix(2, 2, [0f, 2f, -1f, 3f]);
        var gradient = new Matrix(2, 2);

        double loss = BinaryCrossEntropy.LossAndGradient(logits, [[1], []], gradient);

        // Row 0: label 0 negative at z = 0, label 1 positive at z = 2; row 1: both negative.
        double row0 = Math.Log(2) + Math.Log(1 + Math.Exp(-2));
        double row1 = Math.Log(1 + Math.Exp(-1)) + Math.Log(1 + Math.Exp(3));
        Tolerance.Equal((row0 + row1) / 2, loss, 1e-6);
        Tolerance.Equal(0.5 / 2, gradient[0, 0], 1e-6);
        Tolerance.Equal((1 / (1 + Math.Exp(-2)) - 1) / 2, gradient[0, 1], 1e-6);
        Tolerance.Equal(1 / (1 + Math.Exp(1)) / 2, gradient[1, 0], 1e-6);
        Tolerance.Equal(1 / (1 + Math.Exp(-3)) / 2, gradient[1, 1], 1e-6);
    }

    [Fact]
    public void Loss_ExtremeLogits_StaysFiniteAndExact()
    {
        var logits = new Matrix(1, 3, [100f, -100f, 100f]);

        double loss = BinaryCrossEntropy.Loss(logits, [[0, 1]]);

        // Positive at +100 costs e^-100 ≈ 0, positive at -100 costs 100, negative at +100 costs 100.
        Tolerance.Equal(200, loss, 1e-6);
    }

    [Fact]
    public void Loss_LabelOutOfRange_ThrowsNamingLabel()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            BinaryCrossEntropy.Loss(new Matrix(1, 2), [[5]]));

        Assert.StartsWith("Labels must be below 2.", error.Message, StringComparison.Ordinal);
        Assert.Equal(5, error.ActualValue);
    }
}
