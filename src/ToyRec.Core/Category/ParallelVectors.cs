using System.Numerics;
using System.Numerics.Tensors;

namespace ToyRec.Category;

/// <summary>
/// Dense vector operations split into fixed chunks that threads share. A dot product sums its chunks' partial
/// sums in chunk order, so the result is the same for any number of threads.
/// </summary>
internal sealed class ParallelVectors
{
    private const int Chunk = 1 << 15;
    private readonly ParallelOptions _parallel;

    public ParallelVectors(int maxDegreeOfParallelism) =>
        _parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };

    /// <summary>Σ aᵢbᵢ: each chunk summed in T, the chunk sums in double.</summary>
    public double Dot<T>(T[] a, T[] b)
        where T : IFloatingPointIeee754<T>
    {
        int chunks = (a.Length + Chunk - 1) / Chunk;
        var partial = new double[chunks];
        Parallel.For(0, chunks, _parallel, c =>
        {
            var (start, length) = Range(c, a.Length);
            partial[c] = double.CreateTruncating(TensorPrimitives.Dot<T>(a.AsSpan(start, length),
                b.AsSpan(start, length)));
        });
        double sum = 0;
        foreach (double p in partial)
            sum += p;
        return sum;
    }

    /// <summary>result = x · a + y (result may be x or y).</summary>
    public void MultiplyAdd<T>(T[] x, T a, T[] y, T[] result)
        where T : IFloatingPointIeee754<T> =>
        ForEachChunk(x.Length, (start, length) => TensorPrimitives.MultiplyAdd<T>(x.AsSpan(start, length), a,
            y.AsSpan(start, length), result.AsSpan(start, length)));

    /// <summary>result = x · a.</summary>
    public void Multiply<T>(T[] x, T a, T[] result)
        where T : IFloatingPointIeee754<T> =>
        ForEachChunk(x.Length, (start, length) => TensorPrimitives.Multiply<T>(x.AsSpan(start, length), a,
            result.AsSpan(start, length)));

    /// <summary>
    /// q ← q · scale + x · a (x may be null), then returns next · q (0 when next is null), chunk by chunk in one pass
    /// so that q is read once for both steps.
    /// </summary>
    public double UpdateThenDot(float[] q, float scale, float[]? x, float a, float[]? next)
    {
        int chunks = (q.Length + Chunk - 1) / Chunk;
        var partial = new double[chunks];
        Parallel.For(0, chunks, _parallel, c =>
        {
            var (start, length) = Range(c, q.Length);
            var span = q.AsSpan(start, length);
            if (scale != 1)
                TensorPrimitives.Multiply(span, scale, span);
            if (x is not null)
                TensorPrimitives.MultiplyAdd(x.AsSpan(start, length), a, span, span);
            partial[c] = next is null ? 0 : TensorPrimitives.Dot(next.AsSpan(start, length), span);
        });
        double sum = 0;
        foreach (double p in partial)
            sum += p;
        return sum;
    }

    /// <summary>result = x − y.</summary>
    public void Subtract(double[] x, double[] y, double[] result) =>
        ForEachChunk(x.Length, (start, length) => TensorPrimitives.Subtract(x.AsSpan(start, length),
            y.AsSpan(start, length), result.AsSpan(start, length)));

    /// <summary>result = (float)(x · a).</summary>
    public void ToSingle(double[] x, float[] result, double a = 1) => ForEachChunk(x.Length, (start, length) =>
    {
        for (int i = start; i < start + length; i++)
            result[i] = (float)(x[i] * a);
    });

    /// <summary>result = (double)x.</summary>
    public void ToDouble(float[] x, double[] result) => ForEachChunk(x.Length, (start, length) =>
    {
        for (int i = start; i < start + length; i++)
            result[i] = x[i];
    });

    private void ForEachChunk(int size, Action<int, int> work)
    {
        int chunks = (size + Chunk - 1) / Chunk;
        Parallel.For(0, chunks, _parallel, c =>
        {
            var (start, length) = Range(c, size);
            work(start, length);
        });
    }

    private static (int Start, int Length) Range(int chunk, int size)
    {
        int start = chunk * Chunk;
        return (start, Math.Min(Chunk, size - start));
    }
}
