namespace ToyRec.Category;

/// <summary>
/// The regularised multinomial cross-entropy and its gradient over a sparse design matrix. Parameters are laid
/// out as W (feature-major, K values per feature) followed by the K intercepts.
/// </summary>
/// <remarks>
/// f(W, b) = (1/n) Σᵢ vᵢ [log Σₖ exp(zᵢₖ) − zᵢ,yᵢ] + (λ/2) ‖W‖² with zᵢ = xᵢᵀW + b;
/// ∇W = (1/n) Xᵀ V (P − Y) + λW and ∇b = (1/n) Σᵢ vᵢ (pᵢ − yᵢ), where P holds the softmax
/// probabilities, Y the one-hot labels and the row weights are vᵢ = 1, or vᵢ = n / (K nₖ) for a row of class k
/// with balanced classes (Bishop, <i>Pattern Recognition and Machine Learning</i>, 2006, §4.3.4; King and Zeng,
/// "Logistic regression in rare events data", Political Analysis 9, 2001). Rows are processed in parallel, each by one
/// thread, and the gradient of each feature is summed by one thread over its column, so the result is the same for
/// every thread count. Scores and residuals are computed in single precision with the classes padded to whole 8-float
/// vectors (<see cref="SparseProduct"/>); the objective and the parameters stay in double precision.
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
    private readonly double[] _classWeights;

    public SoftmaxObjective(SparseRows x, int[] labels, int classCount, double l2, int maxDegreeOfParallelism,
        bool balanceClasses = false)
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
        _stride = SparseProduct.Stride(classCount);
        _weights = new float[(x.ColumnCount + 1) * _stride];
        _residuals = new float[x.RowCount * _stride];
        _rowLoss = new double[x.RowCount];
        var counts = new int[classCount];
        foreach (int label in labels)
            counts[label]++;
        _classWeights = Enumerable.Range(0, classCount)
            .Select(c => balanceClasses && counts[c] > 0 ? (double)labels.Length / (classCount * counts[c]) : 1)
            .ToArray();
    }

    public int ClassCount { get; }

    public int ParameterCount => (_x.ColumnCount + 1) * ClassCount;

    /// <summary>Writes the gradient at <paramref name="theta"/> into <paramref name="gradient"/>; returns f.</summary>
    public double Evaluate(double[] theta, double[] gradient)
    {
        int n = _x.RowCount, k = ClassCount, d = _x.ColumnCount;
        int columnChunks = (d + ColumnChunk - 1) / ColumnChunk;
        var squares = new double[columnChunks];
        Parallel.For(0, columnChunks, _parallel, chunk =>
        {
            int end = Math.Min(d, (chunk + 1) * ColumnChunk);
            squares[chunk] = ToSingle(theta, chunk * ColumnChunk, end);
        });
        ToSingle(theta, d, d + 1);

        float scale = 1f / n;
        int rowChunks = (n + RowChunk - 1) / RowChunk;
        Parallel.For(0, rowChunks, _parallel, chunk =>
        {
            int end = Math.Min(n, (chunk + 1) * RowChunk);
            for (int i = chunk * RowChunk; i < end; i++)
            {
                double weight = _classWeights[_labels[i]];
                _rowLoss[i] = Forward(i, (float)(scale * weight)) * weight;
            }
        });

        Parallel.For(0, columnChunks, _parallel, chunk =>
        {
            int end = Math.Min(d, (chunk + 1) * ColumnChunk);
            for (int j = chunk * ColumnChunk; j < end; j++)
                Backward(theta, gradient, j);
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
        double sum = 0;
        foreach (double part in squares)
            sum += part;
        return (loss / n) + (0.5 * _l2 * sum);
    }

    // Copies the parameters of features start..end−1 into the padded single-precision weights; returns Σ θ².
    private double ToSingle(double[] theta, int start, int end)
    {
        int k = ClassCount;
        double squares = 0;
        for (int j = start; j < end; j++)
        {
            var source = theta.AsSpan(j * k, k);
            var target = _weights.AsSpan(j * _stride, k);
            for (int c = 0; c < k; c++)
            {
                target[c] = (float)source[c];
                squares += source[c] * source[c];
            }
        }

        return squares;
    }

    // Scores z = xᵀW + b of row i, the softmax into the row's residual as (p − y) / n; returns the cross-entropy.
    private double Forward(int i, float scale)
    {
        int k = ClassCount, from = _x.RowStart[i], to = _x.RowStart[i + 1];
        var z = _residuals.AsSpan(i * _stride, _stride);
        _weights.AsSpan(_x.ColumnCount * _stride, _stride).CopyTo(z);
        SparseProduct.Accumulate(_x.Columns.AsSpan(from, to - from), _x.Values.AsSpan(from, to - from), _weights,
            _stride, z);
        double max = double.NegativeInfinity;
        for (int c = 0; c < k; c++)
            max = Math.Max(max, z[c]);
        double sum = 0;
        for (int c = 0; c < k; c++)
            sum += Math.Exp(z[c] - max);
        double logNormaliser = max + Math.Log(sum);
        double loss = logNormaliser - z[_labels[i]];
        for (int c = 0; c < k; c++)
            z[c] = (float)Math.Exp(z[c] - logNormaliser) * scale;
        z[_labels[i]] -= scale;
        return loss;
    }

    private void Backward(double[] theta, double[] gradient, int j)
    {
        int k = ClassCount, from = _x.ColumnStart[j], to = _x.ColumnStart[j + 1];
        Span<float> g = stackalloc float[_stride];
        g.Clear();
        SparseProduct.Accumulate(_x.ColumnRows.AsSpan(from, to - from), _x.ColumnValues.AsSpan(from, to - from),
            _residuals, _stride, g);
        var target = gradient.AsSpan(j * k, k);
        var w = theta.AsSpan(j * k, k);
        for (int c = 0; c < k; c++)
            target[c] = g[c] + (_l2 * w[c]);
    }
}
