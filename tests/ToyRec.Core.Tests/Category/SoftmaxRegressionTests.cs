using ToyRec.Category;
using ToyRec.Text;

namespace ToyRec.Core.Tests.Category;

public sealed class SoftmaxRegressionTests
{
    [Fact]
    public void Softmax_ScoresZeroLn2Ln3_GivesOneSixthOneThirdOneHalf()
    {
        var p = new double[3];
        SoftmaxRegression.Softmax([0, Math.Log(2), Math.Log(3)], p);
        Tolerance.Equal(1.0 / 6, p[0]);
        Tolerance.Equal(1.0 / 3, p[1]);
        Tolerance.Equal(1.0 / 2, p[2]);
    }

    [Fact]
    public void LogSumExp_LargeScores_DoesNotOverflow()
    {
        Tolerance.Equal(1000 + Math.Log(2), SoftmaxRegression.LogSumExp([1000, 1000]));
    }

    [Fact]
    public void Evaluate_ZeroParameters_LossLn2AndHandWorkedGradient()
    {
        // Rows x = 1 (class 0) and x = 2 (class 1); every p = 1/2, so f = ln 2 and
        // ∂f/∂w = (1 · (½ − 1) + 2 · ½) / 2 = ¼ for class 0, −¼ for class 1;
        // the intercept gradients cancel.
        var objective = TinyObjective(l2: 0.5);
        AssertLn2AndQuarterGradientAtZero(objective);
    }

    [Fact]
    public void Evaluate_WeightOneForClassZero_HandWorkedLossAndGradient()
    {
        // w = (1, 0), b = 0, λ = ½: z₁ = (1, 0), z₂ = (2, 0). Loss₁ = ln(e + 1) − 1, loss₂ = ln(e² + 1);
        // f = (loss₁ + loss₂) / 2 + ¼. With σ(1) = 0.7310585786 and σ(2) = 0.8807970780:
        // ∂f/∂w₀ = ((σ(1) − 1) + 2σ(2)) / 2 + ½ · 1, ∂f/∂w₁ = −((σ(1) − 1) + 2σ(2)) / 2,
        // ∂f/∂b₀ = ((σ(1) − 1) + σ(2)) / 2 = −∂f/∂b₁.
        var objective = TinyObjective(l2: 0.5);
        var gradient = new double[objective.ParameterCount];
        double f = objective.Evaluate([1, 0, 0, 0], gradient);
        double sigma1 = 1 / (1 + Math.Exp(-1)), sigma2 = 1 / (1 + Math.Exp(-2));
        Tolerance.Equal(((Math.Log(Math.E + 1) - 1 + Math.Log((Math.E * Math.E) + 1)) / 2) + 0.25, f, 1e-6);
        Tolerance.Equal(1.4700948493, f, 1e-6);
        double w = (sigma1 - 1 + (2 * sigma2)) / 2;
        Tolerance.Equal(w + 0.5, gradient[0], 1e-6);
        Tolerance.Equal(-w, gradient[1], 1e-6);
        Tolerance.Equal((sigma1 - 1 + sigma2) / 2, gradient[2], 1e-6);
        Tolerance.Equal(-(sigma1 - 1 + sigma2) / 2, gradient[3], 1e-6);
    }

    [Fact]
    public void Evaluate_BalancedClasses_RowsWeightedByInverseClassSize()
    {
        // Rows x = 1, 1 (class 0) and x = 2 (class 1) weigh 3 / (2 · 2) = ¾ and 3 / (2 · 1) = 3/2. At zero every
        // p = ½: f = (¾ ln 2 · 2 + 3/2 ln 2) / 3 = ln 2;
        // ∂f/∂w₀ = (¾ · 1 · (−½) · 2 + 3/2 · 2 · ½) / 3 = ¼ and
        // ∂f/∂b₀ = (¾ · (−½) · 2 + 3/2 · ½) / 3 = 0,
        // where the unweighted intercept gradient would be −1/6.
        var rows = new List<SparseVector> { new([0], [1]), new([0], [1]), new([0], [2]) };
        var objective = new SoftmaxObjective(new SparseRows(rows, 1), [0, 0, 1], 2, 0, maxDegreeOfParallelism: 1,
            balanceClasses: true);
        AssertLn2AndQuarterGradientAtZero(objective);
    }

    [Fact]
    public void Evaluate_RandomProblem_GradientMatchesCentralDifferences()
    {
        var random = new Random(7);
        var rows = RandomRows(random, count: 20, dimension: 6, perRow: 3);
        var labels = Enumerable.Range(0, 20).Select(_ => random.Next(3)).ToArray();
        var objective = new SoftmaxObjective(new SparseRows(rows, 6), labels, 3, l2: 0.1, maxDegreeOfParallelism: 1);
        var theta = Enumerable.Range(0, objective.ParameterCount).Select(_ => random.NextDouble() - 0.5).ToArray();
        var gradient = new double[theta.Length];
        objective.Evaluate(theta, gradient);
        var scratch = new double[theta.Length];
        const double h = 1e-3;
        for (int i = 0; i < theta.Length; i++)
        {
            double saved = theta[i];
            theta[i] = saved + h;
            double up = objective.Evaluate(theta, scratch);
            theta[i] = saved - h;
            double down = objective.Evaluate(theta, scratch);
            theta[i] = saved;
            Tolerance.Equal((up - down) / (2 * h), gradient[i], 2e-4);
        }
    }

    [Fact]
    public void Fit_SeparableData_AccuracyOne()
    {
        // Class c is marked by feature c; features 3..9 are noise shared by all classes.
        var random = new Random(3);
        var rows = new List<SparseVector>();
        var labels = new List<int>();
        for (int i = 0; i < 90; i++)
        {
            int c = i % 3;
            int noise = 3 + random.Next(7);
            rows.Add(new SparseVector([c, noise], [1, (float)random.NextDouble()]));
            labels.Add(c);
        }

        var model = SoftmaxRegression.Fit(rows, labels, 3, 10, new SoftmaxOptions(L2: 1e-4));
        Assert.Equal(1.0, rows.Select((row, i) => model.Predict(row) == labels[i] ? 1.0 : 0).Average());
        Assert.Equal(2, model.Predict(new SparseVector([2, 5], [1, 0.9f])));
        Assert.True(model.PredictProbabilities(new SparseVector([0], [1]))[0] > 0.9);
    }

    [Fact]
    public void Fit_SameDataTwiceAndWithOneOrTwoThreads_IdenticalProbabilities()
    {
        // Large enough for several row chunks, column chunks and vector chunks, so threads really split the work.
        var random = new Random(11);
        var rows = RandomRows(random, count: 700, dimension: 9000, perRow: 12);
        var labels = Enumerable.Range(0, rows.Count).Select(i => (rows[i].Indices[0] / 1000) % 4).ToArray();
        double[] Probabilities(int threads)
        {
            var options = new SoftmaxOptions(L2: 1e-3, MaxIterations: 40, MaxDegreeOfParallelism: threads);
            var model = SoftmaxRegression.Fit(rows, labels, 4, 9000, options);
            return rows.Take(50).SelectMany(model.PredictProbabilities).ToArray();
        }

        var single = Probabilities(1);
        Assert.Equal(single, Probabilities(1));
        Assert.Equal(single, Probabilities(2));
        Assert.Equal(single, Probabilities(-1));
    }

    [Fact]
    public void WriteRead_RoundTrip_IdenticalProbabilities()
    {
        var random = new Random(5);
        var rows = RandomRows(random, count: 40, dimension: 8, perRow: 3);
        var labels = Enumerable.Range(0, 40).Select(i => i % 3).ToArray();
        var model = SoftmaxRegression.Fit(rows, labels, 3, 8);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
            model.Write(writer);
        stream.Position = 0;
        var loaded = SoftmaxRegression.Read(new BinaryReader(stream));
        foreach (var row in rows)
            Assert.Equal(model.PredictProbabilities(row), loaded.PredictProbabilities(row));
        Assert.Equal(model.Report, loaded.Report);
    }

    [Fact]
    public void Fit_StartModelOfAnotherShape_Throws()
    {
        var rows = new List<SparseVector> { new([0], [1]), new([1], [1]) };
        var start = SoftmaxRegression.Fit(rows, [0, 1], 2, 2);
        var error = Assert.Throws<ArgumentException>(() => SoftmaxRegression.Fit(rows, [0, 1], 3, 2, start: start));
        Assert.StartsWith("The start model has 2 features and 2 classes; expected 2 and 3.", error.Message);
    }

    // f = ln 2 and ∇ = (¼, −¼) for the weights, 0 for the intercepts, at zero parameters.
    private static void AssertLn2AndQuarterGradientAtZero(SoftmaxObjective objective)
    {
        var gradient = new double[objective.ParameterCount];
        double f = objective.Evaluate(new double[objective.ParameterCount], gradient);
        Tolerance.Equal(Math.Log(2), f, 1e-7);
        double[] expected = [0.25, -0.25, 0, 0];
        for (int i = 0; i < expected.Length; i++)
            Tolerance.Equal(expected[i], gradient[i], 1e-7);
    }

    private static SoftmaxObjective TinyObjective(double l2)
    {
        var rows = new List<SparseVector> { new([0], [1]), new([0], [2]) };
        return new SoftmaxObjective(new SparseRows(rows, 1), [0, 1], 2, l2, maxDegreeOfParallelism: 1);
    }

    private static List<SparseVector> RandomRows(Random random, int count, int dimension, int perRow)
    {
        var rows = new List<SparseVector>(count);
        for (int i = 0; i < count; i++)
        {
            var indices = new SortedSet<int>();
            while (indices.Count < perRow)
                indices.Add(random.Next(dimension));
            rows.Add(new SparseVector([.. indices], indices.Select(_ => (float)random.NextDouble()).ToArray()));
        }

        return rows;
    }
}
