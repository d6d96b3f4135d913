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

    public double Dot(double[] a, double[] b)
    {
        int chunks = (a.Length + Chunk - 1) / Chunk;
        var partial = new double[chunks];
        Parallel.For(0, chunks, _parallel, c =>
        {
            var (start, length) = Range(c, a.Length);
            partial[c] = TensorPrimitives.Dot(a.AsSpan(start, length), b.AsSpan(start, length));
        });
        double sum = 0;
        foreach (double p in partial)
            sum += p;
        return sum;
    }

    /// <summary>The dot product of single-precision vectors, each chunk summed in single precision.</summary>
    public double Dot(float[] a, float[] b)
    {
        int chunks = (a.Length + Chunk - 1) / Chunk;
        var partial = new double[chunks];
        Parallel.For(0, chunks, _parallel, c =>
        {
            var (start, length) = Range(c, a.Length);
            partial[c] = TensorPrimitives.Dot(a.AsSpan(start, length), b.AsSpan(start, length));
        });
        double sum = 0;
        foreach (double p in partial)
            sum += p;
        return sum;
    }

    /// <summary>result = x · a + y in single precision.</summary>
    public void MultiplyAdd(float[] x, float a, float[] y, float[] result) =>
        ForEachChunk(x.Length, (start, length) => TensorPrimitives.MultiplyAdd(x.AsSpan(start, length), a,
            y.AsSpan(start, length), result.AsSpan(start, length)));

    /// <summary>result = x · a in single precision.</summary>
    public void Multiply(float[] x, float a, float[] result) =>
        ForEachChunk(x.Length, (start, length) => TensorPrimitives.Multiply(x.AsSpan(start, length), a,
            result.AsSpan(start, length)));

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

    /// <summary>result = x · a + y (result may be x or y).</summary>
    public void MultiplyAdd(double[] x, double a, double[] y, double[] result) =>
        ForEachChunk(x.Length, (start, length) => TensorPrimitives.MultiplyAdd(x.AsSpan(start, length), a,
            y.AsSpan(start, length), result.AsSpan(start, length)));

    /// <summary>result = x − y.</summary>
    public void Subtract(double[] x, double[] y, double[] result) =>
        ForEachChunk(x.Length, (start, length) => TensorPrimitives.Subtract(x.AsSpan(start, length),
            y.AsSpan(start, length), result.AsSpan(start, length)));

    /// <summary>result = x · a.</summary>
    public void Multiply(double[] x, double a, double[] result) =>
        ForEachChunk(x.Length, (start, length) => TensorPrimitives.Multiply(x.AsSpan(start, length), a,
            result.AsSpan(start, length)));

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
