using System.Numerics;
using System.Runtime.InteropServices;

namespace ToyRec.Category;

/// <summary>
/// The regularised multinomial cross-entropy and its gradient over a sparse design matrix. Parameters are laid
/// out as W (feature-major, K values per feature) followed by the K intercepts.
/// </summary>
/// <remarks>
/// f(W, b) = (1/n) Σᵢ [log Σₖ exp(zᵢₖ) − zᵢ,yᵢ] + (λ/2) ‖W‖² with zᵢ = xᵢᵀW + b;
/// ∇W = (1/n) Xᵀ(P − Y) + λW and ∇b = (1/n) Σᵢ (pᵢ − yᵢ), where P holds the softmax probabilities and Y the
/// one-hot labels (Bishop, <i>Pattern Recognition and Machine Learning</i>, 2006, §4.3.4). Rows are processed in
/// parallel, each by one thread, and the gradient of each feature is summed by one thread over its column, so
/// the result is the same for every thread count. Scores and residuals are computed in single precision with
/// the classes padded to whole SIMD vectors; the objective and the parameters stay in double precision.
/// </remarks>
internal sealed class SoftmaxObjective
{
    private const int RowChunk = 256;
    private const int ColumnChunk = 2048;
    private readonly SparseRows _x;
    private readonly int[] _labels;
    private readonly double _l2;
    private readonly ParallelOptions _parallel;
    private readonly int _stride;
    private readonly float[] _weights;
    private readonly float[] _residuals;
    private readonly double[] _rowLoss;

    public SoftmaxObjective(SparseRows x, int[] labels, int classCount, double l2, int maxDegreeOfParallelism)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Length != x.RowCount)
            throw new ArgumentException($"{labels.Length} labels for {x.RowCount} rows.", nameof(labels));
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(l2);
        foreach (int label in labels)
        {
            if ((uint)label >= (uint)classCount)
            {
                throw new ArgumentOutOfRangeException(nameof(labels), label,
                    $"Labels must lie in 0..{classCount - 1}.");
            }
        }

        _x = x;
        _labels = labels;
        ClassCount = classCount;
        _l2 = l2;
        _parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        _stride = (classCount + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        _weights = new float[(x.ColumnCount + 1) * _stride];
        _residuals = new float[x.RowCount * _stride];
        _rowLoss = new double[x.RowCount];
    }

    public int ClassCount { get; }

    public int ParameterCount => (_x.ColumnCount + 1) * ClassCount;

    /// <summary>Writes the gradient at <paramref name="theta"/> into <paramref name="gradient"/>; returns f.</summary>
    public double Evaluate(double[] theta, double[] gradient)
    {
        int n = _x.RowCount, k = ClassCount, d = _x.ColumnCount;
        for (int j = 0; j <= d; j++)
        {
            var source = theta.AsSpan(j * k, k);
            var target = _weights.AsSpan(j * _stride, k);
            for (int c = 0; c < k; c++)
                target[c] = (float)source[c];
        }

        float scale = 1f / n;
        int rowChunks = (n + RowChunk - 1) / RowChunk;
        Parallel.For(0, rowChunks, _parallel, chunk =>
        {
            var z = new float[_stride];
            int end = Math.Min(n, (chunk + 1) * RowChunk);
            for (int i = chunk * RowChunk; i < end; i++)
                _rowLoss[i] = Forward(i, z, scale);
        });

        int columnChunks = (d + ColumnChunk - 1) / ColumnChunk;
        Parallel.For(0, columnChunks, _parallel, chunk =>
        {
            var g = new float[_stride];
            int end = Math.Min(d, (chunk + 1) * ColumnChunk);
            for (int j = chunk * ColumnChunk; j < end; j++)
                Backward(theta, gradient, j, g);
        });

        var bias = new double[k];
        for (int i = 0; i < n; i++)
        {
            var r = _residuals.AsSpan(i * _stride, k);
            for (int c = 0; c < k; c++)
                bias[c] += r[c];
        }

        bias.CopyTo(gradient.AsSpan(d * k, k));
        double loss = 0;
        for (int i = 0; i < n; i++)
            loss += _rowLoss[i];
        double squares = System.Numerics.Tensors.TensorPrimitives.SumOfSquares(theta.AsSpan(0, d * k));
        return (loss / n) + (0.5 * _l2 * squares);
    }

    // Scores z = xᵀW + b of row i, the softmax into the row's residual as (p − y) / n; returns the cross-entropy.
    private double Forward(int i, float[] z, float scale)
    {
        int k = ClassCount;
        var zv = MemoryMarshal.Cast<float, Vector<float>>(z.AsSpan());
        MemoryMarshal.Cast<float, Vector<float>>(_weights.AsSpan(_x.ColumnCount * _stride, _stride)).CopyTo(zv);
        for (int p = _x.RowStart[i]; p < _x.RowStart[i + 1]; p++)
        {
            var v = new Vector<float>(_x.Values[p]);
            var w = MemoryMarshal.Cast<float, Vector<float>>(_weights.AsSpan(_x.Columns[p] * _stride, _stride));
            for (int c = 0; c < zv.Length; c++)
                zv[c] = Vector.FusedMultiplyAdd(v, w[c], zv[c]);
        }

        double max = double.NegativeInfinity;
        for (int c = 0; c < k; c++)
            max = Math.Max(max, z[c]);
        double sum = 0;
        for (int c = 0; c < k; c++)
            sum += Math.Exp(z[c] - max);
        double logNormaliser = max + Math.Log(sum);
        var r = _residuals.AsSpan(i * _stride, k);
        for (int c = 0; c < k; c++)
            r[c] = (float)Math.Exp(z[c] - logNormaliser) * scale;
        r[_labels[i]] -= scale;
        return logNormaliser - z[_labels[i]];
    }

    private void Backward(double[] theta, double[] gradient, int j, float[] g)
    {
        int k = ClassCount;
        var gv = MemoryMarshal.Cast<float, Vector<float>>(g.AsSpan());
        gv.Clear();
        for (int p = _x.ColumnStart[j]; p < _x.ColumnStart[j + 1]; p++)
        {
            var v = new Vector<float>(_x.ColumnValues[p]);
            var r = MemoryMarshal.Cast<float, Vector<float>>(_residuals.AsSpan(_x.ColumnRows[p] * _stride, _stride));
            for (int c = 0; c < gv.Length; c++)
                gv[c] = Vector.FusedMultiplyAdd(v, r[c], gv[c]);
        }

        var target = gradient.AsSpan(j * k, k);
        var w = theta.AsSpan(j * k, k);
        for (int c = 0; c < k; c++)
            target[c] = g[c] + (_l2 * w[c]);
    }
}
