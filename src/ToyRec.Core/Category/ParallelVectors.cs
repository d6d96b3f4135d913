using System.Numerics;
using System.Numerics.Tensors;

namespace ToyRec.Category;

/// <summary>
/// The dense vector steps of L-BFGS, split into fixed chunks that threads share. A sum adds its chunks' partial
/// sums in chunk order, so the result is the same for any number of threads. Where a step reads several vectors
/// it does all its work in one pass, because memory traffic, not arithmetic, bounds these steps.
/// </summary>
internal sealed class ParallelVectors
{
    private const int Chunk = 1 << 15;
    private readonly ParallelOptions _parallel;

    public ParallelVectors(int maxDegreeOfParallelism) =>
        _parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };

    /// <summary>Σ aᵢbᵢ, each chunk summed in double.</summary>
    public double Dot(double[] a, float[] b) => Sum(a.Length, (start, length) => MixedDot(a, b, start, length));

    /// <summary>Σ aᵢbᵢ, each chunk summed in single precision.</summary>
    public double Dot(float[] a, float[] b) => Sum(a.Length, (start, length) =>
        TensorPrimitives.Dot(a.AsSpan(start, length), b.AsSpan(start, length)));

    /// <summary>
    /// q ← q · scale + x · a (x may be null), then returns next · q (0 when next is null), chunk by chunk in one
    /// pass so that q is read once for both steps.
    /// </summary>
    public double UpdateThenDot(float[] q, float scale, float[]? x, float a, float[]? next) =>
        Sum(q.Length, (start, length) =>
        {
            var span = q.AsSpan(start, length);
            if (scale != 1)
                TensorPrimitives.Multiply(span, scale, span);
            if (x is not null)
                TensorPrimitives.MultiplyAdd(x.AsSpan(start, length), a, span, span);
            return next is null ? 0 : TensorPrimitives.Dot(next.AsSpan(start, length), span);
        });

    /// <summary>q ← q + x · a, then returns next · q with next in double precision.</summary>
    public double UpdateThenDot(float[] q, float[] x, float a, double[] next) => Sum(q.Length, (start, length) =>
    {
        var span = q.AsSpan(start, length);
        TensorPrimitives.MultiplyAdd(x.AsSpan(start, length), a, span, span);
        return MixedDot(next, q, start, length);
    });

    /// <summary>result = x + step · d.</summary>
    public void Step(double[] x, double step, float[] d, double[] result) => Sum(x.Length, (start, length) =>
    {
        var factor = new Vector<double>(step);
        int i = start, end = start + length, width = Vector<float>.Count, half = Vector<double>.Count;
        for (; i + width <= end; i += width)
        {
            Vector.Widen(new Vector<float>(d, i), out var low, out var high);
            Vector.FusedMultiplyAdd(low, factor, new Vector<double>(x, i)).CopyTo(result, i);
            Vector.FusedMultiplyAdd(high, factor, new Vector<double>(x, i + half)).CopyTo(result, i + half);
        }

        for (; i < end; i++)
            result[i] = x[i] + (step * d[i]);
        return 0;
    });

    /// <summary>
    /// The new correction pair and the next direction's start in one pass: s = step · d, y = g' − g, then
    /// d ← −g'. Returns sᵀy, yᵀy, sᵀd (with the new d) and max |g'ᵢ|.
    /// </summary>
    public PairSums NewPair(float[] d, float step, double[] nextGradient, double[] gradient, float[] s, float[] y)
    {
        int chunks = (d.Length + Chunk - 1) / Chunk;
        var partial = new PairSums[chunks];
        Parallel.For(0, chunks, _parallel, c =>
        {
            var (start, length) = Range(c, d.Length);
            var sy = Vector<float>.Zero;
            var yy = Vector<float>.Zero;
            var sq = Vector<float>.Zero;
            var largest = Vector<double>.Zero;
            var factor = new Vector<float>(step);
            int i = start, end = start + length, width = Vector<float>.Count, half = Vector<double>.Count;
            for (; i + width <= end; i += width)
            {
                var g1 = new Vector<double>(nextGradient, i);
                var g2 = new Vector<double>(nextGradient, i + half);
                largest = Vector.Max(largest, Vector.Max(Vector.Abs(g1), Vector.Abs(g2)));
                var sv = new Vector<float>(d, i) * factor;
                var yv = Vector.Narrow(g1 - new Vector<double>(gradient, i),
                    g2 - new Vector<double>(gradient, i + half));
                var qv = -Vector.Narrow(g1, g2);
                sv.CopyTo(s, i);
                yv.CopyTo(y, i);
                qv.CopyTo(d, i);
                sy = Vector.FusedMultiplyAdd(sv, yv, sy);
                yy = Vector.FusedMultiplyAdd(yv, yv, yy);
                sq = Vector.FusedMultiplyAdd(sv, qv, sq);
            }

            double sySum = Vector.Sum(sy), yySum = Vector.Sum(yy), sqSum = Vector.Sum(sq);
            double max = 0;
            for (int lane = 0; lane < half; lane++)
                max = Math.Max(max, largest[lane]);
            for (; i < end; i++)
            {
                float sv = d[i] * step, yv = (float)(nextGradient[i] - gradient[i]), qv = -(float)nextGradient[i];
                (s[i], y[i], d[i]) = (sv, yv, qv);
                sySum += sv * yv;
                yySum += yv * yv;
                sqSum += sv * qv;
                max = Math.Max(max, Math.Abs(nextGradient[i]));
            }

            partial[c] = new PairSums(sySum, yySum, sqSum, max);
        });
        var total = new PairSums(0, 0, 0, 0);
        foreach (var p in partial)
            total = new PairSums(total.SY + p.SY, total.YY + p.YY, total.SQ + p.SQ, Math.Max(total.Largest, p.Largest));
        return total;
    }

    /// <summary>result = (float)(x · a).</summary>
    public void ToSingle(double[] x, float[] result, double a = 1) => Sum(x.Length, (start, length) =>
    {
        for (int i = start; i < start + length; i++)
            result[i] = (float)(x[i] * a);
        return 0;
    });

    private static double MixedDot(double[] a, float[] b, int start, int length)
    {
        var low = Vector<double>.Zero;
        var high = Vector<double>.Zero;
        int i = start, end = start + length, width = Vector<float>.Count, half = Vector<double>.Count;
        for (; i + width <= end; i += width)
        {
            Vector.Widen(new Vector<float>(b, i), out var b1, out var b2);
            low = Vector.FusedMultiplyAdd(new Vector<double>(a, i), b1, low);
            high = Vector.FusedMultiplyAdd(new Vector<double>(a, i + half), b2, high);
        }

        double sum = Vector.Sum(low + high);
        for (; i < end; i++)
            sum += a[i] * b[i];
        return sum;
    }

    // Runs work on each chunk (in parallel) and adds the chunks' results in chunk order.
    private double Sum(int size, Func<int, int, double> work)
    {
        int chunks = (size + Chunk - 1) / Chunk;
        var partial = new double[chunks];
        Parallel.For(0, chunks, _parallel, c =>
        {
            var (start, length) = Range(c, size);
            partial[c] = work(start, length);
        });
        double sum = 0;
        foreach (double p in partial)
            sum += p;
        return sum;
    }

    private static (int Start, int Length) Range(int chunk, int size)
    {
        int start = chunk * Chunk;
        return (start, Math.Min(Chunk, size - start));
    }
}
