using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ToyRec.Category;

/// <summary>
/// acc ← acc + Σₚ vₚ · M[iₚ], the kernel of the softmax objective: a sparse row (or column) times a dense
/// matrix whose rows are padded to whole 8-float vectors.
/// </summary>
/// <remarks>
/// The sums stay in registers for up to 24 lanes (up to 24 classes, 17 on the shared catalogue), and are added in the
/// order of the entries, so the result does not depend on which thread computes it.
/// </remarks>
internal static class SparseProduct
{
    private const int Lanes = 8;

    /// <summary>The padded row length for <paramref name="count"/> values: a multiple of 8.</summary>
    public static int Stride(int count) => (count + Lanes - 1) / Lanes * Lanes;

    public static void Accumulate(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, float[] matrix, int stride,
        Span<float> acc)
    {
        switch (stride / Lanes)
        {
            case 1:
                Accumulate1(indices, values, matrix, acc);
                break;
            case 2:
                Accumulate2(indices, values, matrix, acc);
                break;
            case 3:
                Accumulate3(indices, values, matrix, acc);
                break;
            default:
                AccumulateAny(indices, values, matrix, stride, acc);
                break;
        }
    }

    private static void Accumulate1(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, float[] matrix,
        Span<float> acc)
    {
        var a0 = Vector256.Create(acc);
        for (int p = 0; p < indices.Length; p++)
        {
            var v = Vector256.Create(values[p]);
            ref float row = ref Row(matrix, indices[p], Lanes);
            a0 = Vector256.FusedMultiplyAdd(v, Vector256.LoadUnsafe(ref row), a0);
        }

        a0.CopyTo(acc);
    }

    private static void Accumulate2(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, float[] matrix,
        Span<float> acc)
    {
        var a0 = Vector256.Create(acc);
        var a1 = Vector256.Create(acc[Lanes..]);
        for (int p = 0; p < indices.Length; p++)
        {
            var v = Vector256.Create(values[p]);
            ref float row = ref Row(matrix, indices[p], 2 * Lanes);
            a0 = Vector256.FusedMultiplyAdd(v, Vector256.LoadUnsafe(ref row), a0);
            a1 = Vector256.FusedMultiplyAdd(v, Vector256.LoadUnsafe(ref row, Lanes), a1);
        }

        a0.CopyTo(acc);
        a1.CopyTo(acc[Lanes..]);
    }

    private static void Accumulate3(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, float[] matrix,
        Span<float> acc)
    {
        var a0 = Vector256.Create(acc);
        var a1 = Vector256.Create(acc[Lanes..]);
        var a2 = Vector256.Create(acc[(2 * Lanes)..]);
        for (int p = 0; p < indices.Length; p++)
        {
            var v = Vector256.Create(values[p]);
            ref float row = ref Row(matrix, indices[p], 3 * Lanes);
            a0 = Vector256.FusedMultiplyAdd(v, Vector256.LoadUnsafe(ref row), a0);
            a1 = Vector256.FusedMultiplyAdd(v, Vector256.LoadUnsafe(ref row, Lanes), a1);
            a2 = Vector256.FusedMultiplyAdd(v, Vector256.LoadUnsafe(ref row, 2 * Lanes), a2);
        }

        a0.CopyTo(acc);
        a1.CopyTo(acc[Lanes..]);
        a2.CopyTo(acc[(2 * Lanes)..]);
    }

    private static void AccumulateAny(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, float[] matrix,
        int stride, Span<float> acc)
    {
        for (int p = 0; p < indices.Length; p++)
        {
            var v = Vector256.Create(values[p]);
            ref float row = ref Row(matrix, indices[p], stride);
            for (int c = 0; c < stride; c += Lanes)
            {
                var sum = Vector256.FusedMultiplyAdd(v, Vector256.LoadUnsafe(ref row, (nuint)c),
                    Vector256.Create(acc[c..]));
                sum.CopyTo(acc[c..]);
            }
        }
    }

    // The matrix row of an index, checked against the array once so that the loads need no further checks.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref float Row(float[] matrix, int index, int stride)
    {
        int start = index * stride;
        if ((uint)start > (uint)(matrix.Length - stride))
            throw new IndexOutOfRangeException($"Row {index} lies outside a matrix of {matrix.Length / stride} rows.");
        return ref matrix[start];
    }
}
