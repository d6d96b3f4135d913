using ToyRec.Neural;

namespace ToyRec.Core.Tests.Neural;

public sealed class GemmTests
{
    public static TheoryData<bool, bool, int, int, int> Shapes => new()
    {
        { false, false, 7, 37, 13 },
        { true, false, 7, 37, 13 },
        { false, true, 7, 37, 13 },
        { true, true, 7, 37, 13 },
        { false, false, 130, 300, 65 },
        { false, true, 130, 300, 65 },
        { true, false, 65, 290, 130 },
        { true, true, 4, 16, 1 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void ManagedMultiply_AnyTransposition_MatchesNaiveLoop(bool transposeA, bool transposeB, int m, int n, int k)
    {
        var (a, b, c, expected) = Case(transposeA, transposeB, m, n, k, alpha: 0.75f, beta: -0.5f);

        ManagedGemm.Multiply(transposeA, transposeB, m, n, k, 0.75f, a, b, -0.5f, c);

        AssertClose(expected, c);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void OpenBlasMultiply_AnyTransposition_MatchesNaiveLoop(bool transposeA, bool transposeB, int m, int n,
        int k)
    {
        if (!OpenBlasGemm.IsAvailable)
        {
            Assert.Equal(GemmKernel.Managed, Gemm.Kernel);
            return;
        }

        var (a, b, c, expected) = Case(transposeA, transposeB, m, n, k, alpha: 0.75f, beta: -0.5f);

        OpenBlasGemm.Multiply(transposeA, transposeB, m, n, k, 0.75f, a, b, -0.5f, c);

        AssertClose(expected, c);
    }

    [Fact]
    public void ManagedMultiply_ZeroBeta_IgnoresOldNaNs()
    {
        var c = new[] { float.NaN, float.NaN };

        ManagedGemm.Multiply(false, false, 1, 2, 1, 1, [2f], [3f, 4f], 0, c);

        Assert.Equal([6f, 8f], c);
    }

    [Fact]
    public void Multiply_SpanTooShort_ThrowsNamingSizes()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Gemm.Multiply(false, false, 2, 2, 2, 1, new float[3], new float[4], 0, new float[4]));

        Assert.Equal("Gemm of 2×2 by 2×2 needs spans of at least 4, 4 and 4 values; got 3, 4 and 4.", error.Message);
    }

    private static (float[] A, float[] B, float[] C, float[] Expected) Case(bool transposeA, bool transposeB, int m,
        int n, int k, float alpha, float beta)
    {
        var random = new Random(7);
        var a = Enumerable.Range(0, m * k).Select(_ => random.NextSingle() * 2 - 1).ToArray();
        var b = Enumerable.Range(0, k * n).Select(_ => random.NextSingle() * 2 - 1).ToArray();
        var c = Enumerable.Range(0, m * n).Select(_ => random.NextSingle() * 2 - 1).ToArray();
        var expected = new float[m * n];
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double sum = 0;
                for (int p = 0; p < k; p++)
                {
                    float x = transposeA ? a[p * m + i] : a[i * k + p];
                    float y = transposeB ? b[j * k + p] : b[p * n + j];
                    sum += (double)x * y;
                }

                expected[i * n + j] = (float)(alpha * sum + beta * c[i * n + j]);
            }
        }

        return (a, b, c, expected);
    }

    private static void AssertClose(float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
            Tolerance.Equal(expected[i], actual[i], 1e-5);
    }
}
