using System.Numerics.Tensors;

namespace ToyRec.Category;

/// <summary>
/// Limited-memory BFGS with a backtracking Armijo line search, minimising a smooth function in place.
/// </summary>
/// <remarks>
/// The search direction is −H∇f with H from the last m pairs sᵢ = xᵢ₊₁ − xᵢ, yᵢ = ∇fᵢ₊₁ − ∇fᵢ by the two-loop
/// recursion, scaled by γ = sᵀy / yᵀy (Nocedal, "Updating quasi-Newton matrices with limited storage", Math.
/// Comp. 35, 1980; Nocedal and Wright, <i>Numerical Optimization</i>, 2006, Algorithm 7.4). Pairs with
/// sᵀy ≤ 0 are skipped so that H stays positive definite. Vector operations run in fixed chunks, so results do
/// not depend on the thread count.
/// </remarks>
internal static class Lbfgs
{
    private const double Armijo = 1e-4;
    private const int MaxBacktracks = 30;

    // Pairs whose updates of q share one pass of the two-loop recursion.
    private const int Group = 4;

    public static OptimisationReport Minimise(Func<double[], double[], double> objective, double[] x,
        SoftmaxOptions options, IProgress<string>? progress = null)
    {
        int size = x.Length, m = options.History;
        var vectors = new ParallelVectors(options.MaxDegreeOfParallelism);
        var pairs = new CorrectionPairs(m, size, Group - 1);
        var start = x;
        var gradient = new double[size];
        var nextGradient = new double[size];
        var direction = new float[size];
        var trial = new double[size];
        double value = objective(x, gradient);
        int evaluations = 1;
        double largest = TensorPrimitives.MaxMagnitude(gradient);
        vectors.ToSingle(gradient, direction, -1);
        var recentDots = new double[2 * Group];
        var firstDots = new double[Group];
        int knownDots = 0;
        for (int iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            if (Math.Abs(largest) < options.GradientTolerance)
                return Finish(iteration - 1, evaluations, value, true);
            double slope = Direction(vectors, pairs, gradient, direction, firstDots, knownDots);
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

            // One pass forms s = step · d and y = ∇f' − ∇f, starts the next direction at −∇f' and takes the dot
            // products the pair and the next two-loop recursion need.
            var (s, y) = pairs.Spare();
            var recent = Enumerable.Range(0, Math.Min(Group, pairs.Count)).Select(pairs.S).ToArray();
            var sums = vectors.NewPair(direction, (float)step, nextGradient, gradient, s, y, recent, recentDots);
            if (sums.SY > 1e-12)
            {
                pairs.Push(1 / sums.SY, sums.YY, recentDots.AsSpan(recent.Length, recent.Length));
                firstDots[0] = sums.SQ;
                knownDots = Math.Min(Group, recent.Length + 1);
                for (int k = 1; k < knownDots; k++)
                    firstDots[k] = recentDots[k - 1];
            }
            else
            {
                knownDots = recent.Length;
                recentDots.AsSpan(0, knownDots).CopyTo(firstDots);
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

    // Two-loop recursion on q = −∇f (already in q): q ← −H∇f with the stored pairs, newest first; returns ∇fᵀq.
    // The pairs and q are single precision. Each pass updates q with a group of pairs and takes the dot products
    // the next group needs; within a group, the stored products of neighbouring pairs (sₒ·yₙ) account for the
    // updates the pass has not made yet, so the recursion makes 2m / Group passes over q instead of 2m. firstDots
    // holds sᵢ·q of the newest pairs (known of them) when already known.
    private static double Direction(ParallelVectors vectors, CorrectionPairs pairs, double[] gradient, float[] q,
        double[] firstDots, int known)
    {
        int stored = pairs.Count;
        if (stored == 0)
            return vectors.Dot(gradient, q);
        int first = Math.Min(Group, stored);
        var dots = known >= first ? firstDots[..first]
            : vectors.UpdateThenDots(q, 1, [], [], [.. Enumerable.Range(0, first).Select(pairs.S)], null);
        var alpha = pairs.Alpha;
        // γ = sᵀy / yᵀy of the newest pair scales the initial matrix H₀ = γI.
        double gamma = 1 / (pairs.Rho(0) * pairs.YY(0));
        for (int start = 0; start < stored; start += Group)
        {
            int count = Math.Min(Group, stored - start);
            for (int j = 0; j < count; j++)
            {
                double dot = dots[j];
                for (int i = 0; i < j; i++)
                    dot -= alpha[start + i] * pairs.Cross(start + i, j - i);
                alpha[start + j] = pairs.Rho(start + j) * dot;
            }

            bool lastGroup = start + count >= stored;
            double scale = lastGroup ? gamma : 1;
            var xs = Enumerable.Range(start, count).Select(pairs.Y).ToArray();
            var coefficients = Enumerable.Range(start, count).Select(b => (float)(-alpha[b] * scale)).ToArray();
            var nexts = lastGroup
                ? Enumerable.Range(0, Math.Min(Group, stored)).Select(k => pairs.Y(stored - 1 - k))
                : Enumerable.Range(start + count, Math.Min(Group, stored - start - count)).Select(pairs.S);
            dots = vectors.UpdateThenDots(q, (float)scale, xs, coefficients, [.. nexts], null);
        }

        // Oldest first: group pairs b = start, start − 1, …; dots[j] = y·q of pair start − j.
        var beta = new double[stored];
        double slope = 0;
        for (int start = stored - 1; start >= 0; start -= Group)
        {
            int count = Math.Min(Group, start + 1);
            for (int j = 0; j < count; j++)
            {
                double dot = dots[j];
                for (int i = 0; i < j; i++)
                    dot += (alpha[start - i] - beta[start - i]) * pairs.Cross(start - j, j - i);
                beta[start - j] = pairs.Rho(start - j) * dot;
            }

            bool lastGroup = start - count < 0;
            var xs = Enumerable.Range(0, count).Select(j => pairs.S(start - j)).ToArray();
            var coefficients = Enumerable.Range(0, count)
                .Select(j => (float)(alpha[start - j] - beta[start - j])).ToArray();
            var nexts = lastGroup ? []
                : Enumerable.Range(0, Math.Min(Group, start - count + 1)).Select(k => pairs.Y(start - count - k));
            dots = vectors.UpdateThenDots(q, 1, xs, coefficients, [.. nexts], lastGroup ? gradient : null);
            if (lastGroup)
                slope = dots[^1];
        }

        return slope;
    }
}
