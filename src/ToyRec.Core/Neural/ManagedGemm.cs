using System.Buffers;
using System.Runtime.Intrinsics;

namespace ToyRec.Neural;

/// <summary>
/// The managed fallback of <see cref="Gemm"/>: C is cut into tiles run in parallel, and each tile is computed by a
/// register-blocked 4×16 kernel of Vector256 fused multiply-adds. Every value of C is summed by one thread in a
/// fixed order, so the result does not depend on the thread count.
/// </summary>
/// <remarks>
/// The blocking follows Goto and van de Geijn, "Anatomy of high-performance matrix multiplication", ACM TOMS
/// 34(3), 2008: a small block of C stays in registers while a panel of B stays in cache.
/// </remarks>
internal static unsafe class ManagedGemm
{
    private const int RowTile = 64;
    private const int ColumnTile = 256;
    private const int ParallelFlops = 1 << 21;

    public static void Multiply(bool transposeA, bool transposeB, int m, int n, int k, float alpha,
        ReadOnlySpan<float> a, ReadOnlySpan<float> b, float beta, Span<float> c)
    {
        Gemm.Check(m, n, k, a, b, c);
        var cm = c[..(m * n)];
        if (beta == 0)
            cm.Clear();
        else if (beta != 1)
            System.Numerics.Tensors.TensorPrimitives.Multiply(cm, beta, cm);
        if (m == 0 || n == 0 || k == 0 || alpha == 0)
            return;

        float[]? packed = null;
        try
        {
            var rowsOfB = b[..(k * n)];
            if (transposeB)
            {
                packed = ArrayPool<float>.Shared.Rent(k * n);
                Transpose(b, n, k, packed);
                rowsOfB = packed.AsSpan(0, k * n);
            }

            fixed (float* pa = a)
            fixed (float* pb = rowsOfB)
            fixed (float* pc = c)
            {
                var job = new Job(pa, pb, pc, m, n, k, alpha, transposeA ? 1 : k, transposeA ? m : 1);
                int rowTiles = (m + RowTile - 1) / RowTile;
                int columnTiles = (n + ColumnTile - 1) / ColumnTile;
                int tiles = rowTiles * columnTiles;
                if ((long)m * n * k < ParallelFlops || tiles == 1)
                {
                    for (int t = 0; t < tiles; t++)
                        job.Tile(t / columnTiles, t % columnTiles);
                }
                else
                {
                    Parallel.For(0, tiles, t => job.Tile(t / columnTiles, t % columnTiles));
                }
            }
        }
        finally
        {
            if (packed is not null)
                ArrayPool<float>.Shared.Return(packed);
        }
    }

    // source is rows×columns; target becomes columns×rows.
    private static void Transpose(ReadOnlySpan<float> source, int rows, int columns, Span<float> target)
    {
        const int block = 32;
        for (int r0 = 0; r0 < rows; r0 += block)
        {
            int r1 = Math.Min(rows, r0 + block);
            for (int c0 = 0; c0 < columns; c0 += block)
            {
                int c1 = Math.Min(columns, c0 + block);
                for (int r = r0; r < r1; r++)
                {
                    for (int col = c0; col < c1; col++)
                        target[col * rows + r] = source[r * columns + col];
                }
            }
        }
    }

    // A[i, p] sits at a[i * rowStride + p * depthStride]; B is k×n row-major; C is m×n row-major.
    private readonly struct Job(float* a, float* b, float* c, int m, int n, int k, float alpha, int rowStride,
        int depthStride)
    {
        public void Tile(int rowTile, int columnTile)
        {
            int i0 = rowTile * RowTile, i1 = Math.Min(m, i0 + RowTile);
            int j0 = columnTile * ColumnTile, j1 = Math.Min(n, j0 + ColumnTile);
            int j = j0;
            for (; j + 16 <= j1; j += 16)
            {
                int i = i0;
                for (; i + 4 <= i1; i += 4)
                    Kernel4x16(i, j);
                for (; i < i1; i++)
                    Kernel1x16(i, j);
            }

            for (; j < j1; j++)
            {
                for (int i = i0; i < i1; i++)
                {
                    float sum = 0;
                    for (int p = 0; p < k; p++)
                        sum += a[i * rowStride + p * depthStride] * b[p * n + j];
                    c[i * n + j] += alpha * sum;
                }
            }
        }

        private void Kernel4x16(int i, int j)
        {
            Vector256<float> c00 = default, c01 = default, c10 = default, c11 = default;
            Vector256<float> c20 = default, c21 = default, c30 = default, c31 = default;
            float* a0 = a + i * rowStride, a1 = a0 + rowStride, a2 = a1 + rowStride, a3 = a2 + rowStride;
            float* bp = b + j;
            for (int p = 0; p < k; p++)
            {
                var b0 = Vector256.Load(bp);
                var b1 = Vector256.Load(bp + 8);
                bp += n;
                int offset = p * depthStride;
                var x = Vector256.Create(a0[offset]);
                c00 = Vector256.FusedMultiplyAdd(x, b0, c00);
                c01 = Vector256.FusedMultiplyAdd(x, b1, c01);
                x = Vector256.Create(a1[offset]);
                c10 = Vector256.FusedMultiplyAdd(x, b0, c10);
                c11 = Vector256.FusedMultiplyAdd(x, b1, c11);
                x = Vector256.Create(a2[offset]);
                c20 = Vector256.FusedMultiplyAdd(x, b0, c20);
                c21 = Vector256.FusedMultiplyAdd(x, b1, c21);
                x = Vector256.Create(a3[offset]);
                c30 = Vector256.FusedMultiplyAdd(x, b0, c30);
                c31 = Vector256.FusedMultiplyAdd(x, b1, c31);
            }

            Store(i, j, c00, c01);
            Store(i + 1, j, c10, c11);
            Store(i + 2, j, c20, c21);
            Store(i + 3, j, c30, c31);
        }

        private void Kernel1x16(int i, int j)
        {
            Vector256<float> c0 = default, c1 = default;
            float* ai = a + i * rowStride;
            float* bp = b + j;
            for (int p = 0; p < k; p++)
            {
                var x = Vector256.Create(ai[p * depthStride]);
                c0 = Vector256.FusedMultiplyAdd(x, Vector256.Load(bp), c0);
                c1 = Vector256.FusedMultiplyAdd(x, Vector256.Load(bp + 8), c1);
                bp += n;
            }

            Store(i, j, c0, c1);
        }

        private void Store(int i, int j, Vector256<float> left, Vector256<float> right)
        {
            float* target = c + i * n + j;
            var scale = Vector256.Create(alpha);
            Vector256.FusedMultiplyAdd(left, scale, Vector256.Load(target)).Store(target);
            Vector256.FusedMultiplyAdd(right, scale, Vector256.Load(target + 8)).Store(target + 8);
        }
    }
}
