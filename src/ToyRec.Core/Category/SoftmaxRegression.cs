using ToyRec.Text;

namespace ToyRec.Category;

/// <summary>
/// Multinomial logistic regression with L2 regularisation on sparse features, fitted by L-BFGS.
/// </summary>
/// <remarks>
/// <para>P(y = k | x) = exp(zₖ) / Σⱼ exp(zⱼ) with z = xᵀW + b, fitted by minimising
/// (1/n) Σᵢ −log P(yᵢ | xᵢ) + (λ/2) ‖W‖² (Bishop, <i>Pattern Recognition and Machine Learning</i>, 2006,
/// §4.3.4), starting from zero, with L-BFGS (Liu and Nocedal, "On the limited memory BFGS method for large scale
/// optimization", Math. Programming 45, 1989). In scikit-learn's terms λ = 1 / (C · n).</para>
/// <para>The fit is deterministic: no random choice is made, and the gradient is computed so that its value does
/// not depend on how many threads compute it.</para>
/// </remarks>
public sealed class SoftmaxRegression
{
    private readonly double[] _theta;

    private SoftmaxRegression(int dimension, int classCount, double[] theta, OptimisationReport report)
    {
        Dimension = dimension;
        ClassCount = classCount;
        _theta = theta;
        Report = report;
    }

    /// <summary>Number of input features.</summary>
    public int Dimension { get; }

    /// <summary>Number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>How the optimisation ended.</summary>
    public OptimisationReport Report { get; }

    /// <summary>Fits the model to rows of features and their class labels 0..classCount−1.</summary>
    /// <param name="rows">Feature vectors, each with indices below <paramref name="dimension"/>.</param>
    /// <param name="labels">The class of each row.</param>
    /// <param name="classCount">Number of classes (at least 2).</param>
    /// <param name="dimension">Number of features.</param>
    /// <param name="options">Regularisation and stopping rules.</param>
    /// <param name="start">A fitted model of the same shape to start from (warm start), or null for zero.</param>
    /// <param name="progress">Receives a line every 25 iterations.</param>
    public static SoftmaxRegression Fit(IReadOnlyList<SparseVector> rows, IReadOnlyList<int> labels, int classCount,
        int dimension, SoftmaxOptions? options = null, SoftmaxRegression? start = null,
        IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(labels);
        options ??= new SoftmaxOptions();
        if (rows.Count == 0)
            throw new ArgumentException("Cannot fit a softmax regression on no rows.", nameof(rows));
        if (start is not null && (start.Dimension != dimension || start.ClassCount != classCount))
        {
            throw new ArgumentException($"The start model has {start.Dimension} features and {start.ClassCount} " +
                $"classes; expected {dimension} and {classCount}.", nameof(start));
        }

        var objective = new SoftmaxObjective(new SparseRows(rows, dimension), [.. labels], classCount, options.L2,
            options.MaxDegreeOfParallelism, options.BalanceClasses);
        var theta = start is null ? new double[objective.ParameterCount] : (double[])start._theta.Clone();
        var report = Lbfgs.Minimise(objective.Evaluate, theta, options, progress);
        return new SoftmaxRegression(dimension, classCount, theta, report);
    }

    /// <summary>The class probabilities for a feature vector, summing to 1.</summary>
    public double[] PredictProbabilities(SparseVector features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var z = new double[ClassCount];
        _theta.AsSpan(Dimension * ClassCount, ClassCount).CopyTo(z);
        for (int p = 0; p < features.Count; p++)
        {
            int j = features.Indices[p];
            if ((uint)j >= (uint)Dimension)
                continue;
            double v = features.Values[p];
            var w = _theta.AsSpan(j * ClassCount, ClassCount);
            for (int c = 0; c < ClassCount; c++)
                z[c] += v * w[c];
        }

        Softmax(z, z);
        return z;
    }

    /// <summary>The most probable class (the lowest index among ties).</summary>
    public int Predict(SparseVector features)
    {
        var p = PredictProbabilities(features);
        int best = 0;
        for (int c = 1; c < p.Length; c++)
        {
            if (p[c] > p[best])
                best = c;
        }

        return best;
    }

    /// <summary>The weight of a feature for a class.</summary>
    public double Weight(int feature, int classIndex) => _theta[(feature * ClassCount) + classIndex];

    /// <summary>The intercept of a class.</summary>
    public double Intercept(int classIndex) => _theta[(Dimension * ClassCount) + classIndex];

    /// <summary>pₖ = exp(zₖ − m) / Σⱼ exp(zⱼ − m) with m = maxⱼ zⱼ, so that large scores do not
    /// overflow.</summary>
    public static void Softmax(ReadOnlySpan<double> scores, Span<double> probabilities)
    {
        double log = LogSumExp(scores);
        for (int c = 0; c < scores.Length; c++)
            probabilities[c] = Math.Exp(scores[c] - log);
    }

    /// <summary>log Σₖ exp(zₖ), computed as m + log Σₖ exp(zₖ − m) with m = maxₖ zₖ.</summary>
    public static double LogSumExp(ReadOnlySpan<double> scores)
    {
        double max = double.NegativeInfinity;
        foreach (double z in scores)
            max = Math.Max(max, z);
        double sum = 0;
        foreach (double z in scores)
            sum += Math.Exp(z - max);
        return max + Math.Log(sum);
    }

    /// <summary>Writes the fitted parameters.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Dimension);
        writer.Write(ClassCount);
        writer.Write(Report.Iterations);
        writer.Write(Report.Evaluations);
        writer.Write(Report.Value);
        writer.Write(Report.Converged);
        foreach (double value in _theta)
            writer.Write(value);
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static SoftmaxRegression Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int dimension = reader.ReadInt32();
        int classCount = reader.ReadInt32();
        if (dimension < 0 || classCount < 2 || (long)(dimension + 1) * classCount > Array.MaxLength)
            throw new InvalidDataException($"Softmax model: bad shape {dimension} features × {classCount} classes.");
        var report = new OptimisationReport(reader.ReadInt32(), reader.ReadInt32(), reader.ReadDouble(),
            reader.ReadBoolean());
        var theta = new double[(dimension + 1) * classCount];
        for (int i = 0; i < theta.Length; i++)
            theta[i] = reader.ReadDouble();
        return new SoftmaxRegression(dimension, classCount, theta, report);
    }
}
