using System.Runtime.InteropServices;

namespace ToyRec.Neural;

/// <summary>
/// <c>cblas_sgemm</c> from the machine's OpenBLAS (Debian's <c>libopenblas0-pthread</c> installs
/// <c>libopenblas.so.0</c>), looked up once at run time so that a machine without it falls back cleanly.
/// </summary>
internal static unsafe class OpenBlasGemm
{
    private const int RowMajor = 101;
    private const int NoTranspose = 111;
    private const int Transpose = 112;

    private static readonly string[] LibraryNames = ["libopenblas.so.0", "libopenblas.so", "libopenblas"];

    private static readonly delegate* unmanaged<int, int, int, int, int, int, float, float*, int, float*, int,
        float, float*, int, void> Sgemm = Load();

    /// <summary>Whether OpenBLAS was found and exports <c>cblas_sgemm</c>.</summary>
    public static bool IsAvailable => Sgemm != null;

    public static void Multiply(bool transposeA, bool transposeB, int m, int n, int k, float alpha,
        ReadOnlySpan<float> a, ReadOnlySpan<float> b, float beta, Span<float> c)
    {
        if (Sgemm == null)
            throw new InvalidOperationException("OpenBLAS (libopenblas.so.0 with cblas_sgemm) is not loadable.");
        Gemm.Check(m, n, k, a, b, c);
        if (m == 0 || n == 0)
            return;
        int lda = transposeA ? Math.Max(1, m) : Math.Max(1, k);
        int ldb = transposeB ? Math.Max(1, k) : Math.Max(1, n);
        fixed (float* pa = a)
        fixed (float* pb = b)
        fixed (float* pc = c)
        {
            Sgemm(RowMajor, transposeA ? Transpose : NoTranspose, transposeB ? Transpose : NoTranspose,
                m, n, k, alpha, pa, lda, pb, ldb, beta, pc, Math.Max(1, n));
        }
    }

    private static delegate* unmanaged<int, int, int, int, int, int, float, float*, int, float*, int, float,
        float*, int, void> Load()
    {
        foreach (string name in LibraryNames)
        {
            if (NativeLibrary.TryLoad(name, out nint handle) && NativeLibrary.TryGetExport(handle, "cblas_sgemm",
                out nint export))
            {
                return (delegate* unmanaged<int, int, int, int, int, int, float, float*, int, float*, int, float,
                    float*, int, void>)export;
            }
        }

        return null;
    }
}
