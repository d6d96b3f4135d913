namespace ToyRec.Neural;

/// <summary>
/// Single-precision general matrix multiply on row-major arrays: C = α·op(A)·op(B) + β·C, where op(X) is X or
/// its transpose, op(A) is m×k, op(B) is k×n and C is m×n. Runs OpenBLAS when the machine has it, else the
/// managed kernel; <see cref="Kernel"/> says which.
/// </summary>
/// <remarks>
/// The BLAS level-3 <c>sgemm</c> contract (Dongarra et al., "A set of level 3 basic linear algebra subprograms",
/// ACM TOMS 16(1), 1990). Setting the environment variable <c>TOYREC_GEMM=managed</c> forces the managed kernel,
/// so that benchmarks can compare both on one machine.
/// </remarks>
public static class Gemm
{
    /// <summary>The environment variable that forces a kernel (<c>managed</c> or <c>openblas</c>).</summary>
    public const string KernelVariable = "TOYREC_GEMM";

    private static readonly GemmKernel Chosen = Choose();

    /// <summary>The kernel every call of <see cref="Multiply"/> runs in this process.</summary>
    public static GemmKernel Kernel => Chosen;

    /// <summary>Computes C = α·op(A)·op(B) + β·C with the chosen kernel.</summary>
    /// <param name="transposeA">Whether A is stored k×m and used transposed.</param>
    /// <param name="transposeB">Whether B is stored n×k and used transposed.</param>
    /// <param name="m">Rows of op(A) and of C.</param>
    /// <param name="n">Columns of op(B) and of C.</param>
    /// <param name="k">Columns of op(A), rows of op(B).</param>
    /// <param name="alpha">Scale of the product.</param>
    /// <param name="a">A, row-major, m·k values.</param>
    /// <param name="b">B, row-major, k·n values.</param>
    /// <param name="beta">Scale of the old C (0 overwrites it).</param>
    /// <param name="c">C, row-major, m·n values.</param>
    public static void Multiply(bool transposeA, bool transposeB, int m, int n, int k, float alpha,
        ReadOnlySpan<float> a, ReadOnlySpan<float> b, float beta, Span<float> c)
    {
        Check(m, n, k, a, b, c);
        if (Chosen == GemmKernel.OpenBlas)
            OpenBlasGemm.Multiply(transposeA, transposeB, m, n, k, alpha, a, b, beta, c);
        else
            ManagedGemm.Multiply(transposeA, transposeB, m, n, k, alpha, a, b, beta, c);
    }

    internal static void Check(int m, int n, int k, ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(m);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        if (a.Length < (long)m * k || b.Length < (long)k * n || c.Length < (long)m * n)
        {
            throw new ArgumentException($"Gemm of {m}×{k} by {k}×{n} needs spans of at least {(long)m * k}, " +
                $"{(long)k * n} and {(long)m * n} values; got {a.Length}, {b.Length} and {c.Length}.");
        }
    }

    private static GemmKernel Choose()
    {
        string? forced = Environment.GetEnvironmentVariable(KernelVariable);
        if (string.Equals(forced, "managed", StringComparison.OrdinalIgnoreCase))
            return GemmKernel.Managed;
        return OpenBlasGemm.IsAvailable ? GemmKernel.OpenBlas : GemmKernel.Managed;
    }
}
