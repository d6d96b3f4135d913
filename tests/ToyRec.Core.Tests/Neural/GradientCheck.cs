using ToyRec.Neural;

namespace ToyRec.Core.Tests.Neural;

/// <summary>
/// Central finite differences, (L(θ + ε) − L(θ − ε)) / 2ε, against the analytic gradient of every value of a
/// tensor (or an evenly spaced sample of a large one).
/// </summary>
internal static class GradientCheck
{
    public const float Step = 5e-3f;
    public const double Allowed = 2e-3;

    public static void Check(float[] values, float[] analytic, Func<double> loss, int maxChecks = 60)
    {
        Assert.Equal(values.Length, analytic.Length);
        int stride = Math.Max(1, values.Length / maxChecks);
        for (int i = 0; i < values.Length; i += stride)
        {
            float saved = values[i];
            values[i] = saved + Step;
            double plus = loss();
            values[i] = saved - Step;
            double minus = loss();
            values[i] = saved;
            Tolerance.Equal((plus - minus) / (2 * Step), analytic[i], Allowed);
        }
    }

    /// <summary>Σ c·y for a fixed random c: a loss whose gradient with respect to y is c.</summary>
    public static double Readout(Matrix output, Matrix weights)
    {
        double sum = 0;
        for (int i = 0; i < output.Data.Length; i++)
            sum += (double)output.Data[i] * weights.Data[i];
        return sum;
    }

    public static Matrix RandomMatrix(int rows, int columns, Random random, float scale = 1)
    {
        var matrix = new Matrix(rows, columns);
        for (int i = 0; i < matrix.Data.Length; i++)
            matrix.Data[i] = (random.NextSingle() * 2 - 1) * scale;
        return matrix;
    }
}
