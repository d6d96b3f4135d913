using System.Numerics.Tensors;

namespace ToyRec.Category;

/// <summary>
/// Limited-memory BFGS with a backtracking Armijo line search, minimising a smooth function in place.
/// </summary>
/// <remarks>
/// The search direction is −H∇f with H from the last m pairs sᵢ = xᵢ₊₁ − xᵢ,
/// yᵢ = ∇fᵢ₊₁ − ∇fᵢ by the two-loop recursion, scaled by γ = sᵀy / yᵀy (Nocedal, "Updating
/// quasi-Newton matrices with limited storage", Math. Comp. 35, 1980; Nocedal and Wright,
/// <i>Numerical Optimization</i>, 2006, Algorithm 7.4). Pairs with sᵀy ≤ 0 are skipped so that H stays
/// positive definite. Vector operations run in fixed chunks, so results do not depend on the thread count.
/// </remarks>
internal static class Lbfgs
{
    private const double Armijo = 1e-4;
    private const int MaxBacktracks = 30;

    public static OptimisationReport Minimise(Func<double[], double[], double> objective, double[] x,
        SoftmaxOptions options, IProgress<string>? progress = null)
    {
        int size = x.Length, m = options.History;
        var vectors = new ParallelVectors(options.MaxDegreeOfParallelism);
        var pairs = new CorrectionPairs(m, size);
        var start = x;
        var gradient = new double[size];
        var nextGradient = new double[size];
        var direction = new float[size];
        var trial = new double[size];
        double value = objective(x, gradient);
        int evaluations = 1;
        double largest = TensorPrimitives.MaxMagnitude(gradient);
        vectors.ToSingle(gradient, direction, -1);
        double newestDot = double.NaN;
        for (int iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            if (Math.Abs(largest) < options.GradientTolerance)
                return Finish(iteration - 1, evaluations, value, true);
            double slope = Direction(vectors, pairs, gradient, direction, newestDot);
            if (slope >= 0)
            {
                // H lost positive definiteness numerically: restart from steepest descent.
                pairs.Clear();
                vectors.ToSingle(gradient, direction, -1);
                slope = vectors.Dot(gradient, direction);
            }

            double step = pairs.Count == 0 ? Math.Min(1, 1 / Math.Sqrt(-slope)) : 1;
            double nextValue = double.NaN;
            bool accepted = false;
            for (int backtrack = 0; backtrack < MaxBacktracks; backtrack++)
            {
                vectors.Step(x, step, direction, trial);
                nextValue = objective(trial, nextGradient);
                evaluations++;
                if (nextValue <= value + (Armijo * step * slope))
                {
                    accepted = true;
                    break;
                }

                step *= 0.5;
            }

            if (!accepted)
                return Finish(iteration, evaluations, value, false);

            // One pass forms s = step · d and y = ∇f' − ∇f, starts the next direction at −∇f' and takes the
            // dot products the pair and the next two-loop recursion need.
            var (s, y) = pairs.Spare();
            var sums = vectors.NewPair(direction, (float)step, nextGradient, gradient, s, y);
            newestDot = double.NaN;
            if (sums.SY > 1e-12)
            {
                pairs.Push(1 / sums.SY, sums.YY);
                newestDot = sums.SQ;
            }

            double decrease = (value - nextValue) / Math.Max(Math.Max(Math.Abs(value), Math.Abs(nextValue)), 1);
            (x, trial) = (trial, x);
            (gradient, nextGradient) = (nextGradient, gradient);
            value = nextValue;
            largest = sums.Largest;
            if (iteration % 25 == 0)
                progress?.Report($"L-BFGS iteration {iteration}: objective {value:G6}");
            // Not on the first steps: a warm start's first, steepest-descent step is short by design.
            if (iteration > 2 && decrease < options.RelativeTolerance)
                return Finish(iteration, evaluations, value, true);
        }

        return Finish(options.MaxIterations, evaluations, value, false);

        // The iterate may sit in the work array after the swaps; the caller's array gets it.
        OptimisationReport Finish(int iterations, int count, double final, bool converged)
        {
            if (!ReferenceEquals(x, start))
                Array.Copy(x, start, size);
            return new OptimisationReport(iterations, count, final, converged);
        }
    }

    // Two-loop recursion on q = −∇f (already in q): q ← −H∇f with the stored pairs, newest first; returns
    // ∇fᵀq. The pairs and q are single precision and each update of q is fused with the next dot product, which
    // cuts the memory traffic that dominates this step. newestDot is s·q of the newest pair when already known.
    private static double Direction(ParallelVectors vectors, CorrectionPairs pairs, double[] gradient, float[] q,
        double newestDot)
    {
        int stored = pairs.Count;
        if (stored == 0)
            return vectors.Dot(gradient, q);
        double dot = double.IsNaN(newestDot) ? vectors.Dot(pairs.S(0), q) : newestDot;
        for (int back = 0; back < stored; back++)
        {
            pairs.Alpha[back] = pairs.Rho(back) * dot;
            dot = vectors.UpdateThenDot(q, 1, pairs.Y(back), (float)-pairs.Alpha[back],
                back + 1 < stored ? pairs.S(back + 1) : null);
        }

        // γ = sᵀy / yᵀy of the newest pair scales the initial matrix H₀ = γI.
        float gamma = (float)(1 / (pairs.Rho(0) * pairs.YY(0)));
        dot = vectors.UpdateThenDot(q, gamma, null, 0, pairs.Y(stored - 1));
        for (int back = stored - 1; back > 0; back--)
        {
            double beta = pairs.Rho(back) * dot;
            dot = vectors.UpdateThenDot(q, 1, pairs.S(back), (float)(pairs.Alpha[back] - beta), pairs.Y(back - 1));
        }

        double last = pairs.Rho(0) * dot;
        return vectors.UpdateThenDot(q, pairs.S(0), (float)(pairs.Alpha[0] - last), gradient);
    }
}
