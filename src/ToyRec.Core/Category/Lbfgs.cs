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

    public static OptimisationReport Minimise(Func<double[], double[], double> objective, double[] x,
        SoftmaxOptions options, IProgress<string>? progress = null)
    {
        int size = x.Length, m = options.History;
        var vectors = new ParallelVectors(options.MaxDegreeOfParallelism);
        var s = new float[m][];
        var y = new float[m][];
        var rho = new double[m];
        var alpha = new double[m];
        var yy = new double[m];
        var gradient = new double[size];
        var nextGradient = new double[size];
        var direction = new double[size];
        var work = new float[size];
        var trial = new double[size];
        var newS = new double[size];
        var newY = new double[size];
        double value = objective(x, gradient);
        int evaluations = 1, stored = 0, newest = -1;
        for (int iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            if (Math.Abs(TensorPrimitives.MaxMagnitude(gradient)) < options.GradientTolerance)
                return new OptimisationReport(iteration - 1, evaluations, value, true);
            Direction(vectors, gradient, direction, work, s, y, rho, alpha, yy, stored, newest, m);
            double slope = vectors.Dot(gradient, direction);
            if (slope >= 0)
            {
                // H lost positive definiteness numerically: restart from steepest descent.
                stored = 0;
                vectors.Multiply(gradient, -1, direction);
                slope = -vectors.Dot(gradient, gradient);
            }

            double step = stored == 0 ? Math.Min(1, 1 / Math.Sqrt(-slope)) : 1;
            double nextValue = double.NaN;
            bool accepted = false;
            for (int backtrack = 0; backtrack < MaxBacktracks; backtrack++)
            {
                vectors.MultiplyAdd(direction, step, x, trial);
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
                return new OptimisationReport(iteration, evaluations, value, false);
            vectors.Subtract(trial, x, newS);
            vectors.Subtract(nextGradient, gradient, newY);
            double sy = vectors.Dot(newS, newY);
            if (sy > 1e-12)
            {
                newest = (newest + 1) % m;
                vectors.ToSingle(newS, s[newest] ??= new float[size]);
                vectors.ToSingle(newY, y[newest] ??= new float[size]);
                rho[newest] = 1 / sy;
                yy[newest] = vectors.Dot(y[newest], y[newest]);
                stored = Math.Min(stored + 1, m);
            }

            double decrease = (value - nextValue) / Math.Max(Math.Max(Math.Abs(value), Math.Abs(nextValue)), 1);
            Array.Copy(trial, x, size);
            value = nextValue;
            (gradient, nextGradient) = (nextGradient, gradient);
            if (iteration % 25 == 0)
                progress?.Report($"L-BFGS iteration {iteration}: objective {value:G6}");
            // Not on the first steps: a warm start's first, steepest-descent step is short by design.
            if (iteration > 2 && decrease < options.RelativeTolerance)
                return new OptimisationReport(iteration, evaluations, value, true);
        }

        return new OptimisationReport(options.MaxIterations, evaluations, value, false);
    }

    // Two-loop recursion: direction = −H·gradient with the stored pairs, newest first. The pairs and the work
    // vector are single precision, and each update of q is fused with the next dot product, which cuts the
    // memory traffic that dominates this step.
    private static void Direction(ParallelVectors vectors, double[] gradient, double[] direction, float[] q,
        float[][] s, float[][] y, double[] rho, double[] alpha, double[] yy, int stored, int newest, int m)
    {
        vectors.ToSingle(gradient, q, -1);
        if (stored == 0)
        {
            vectors.ToDouble(q, direction);
            return;
        }

        int Pair(int back) => (newest - back + m) % m;
        double dot = vectors.Dot(s[Pair(0)], q);
        for (int back = 0; back < stored; back++)
        {
            int i = Pair(back);
            alpha[i] = rho[i] * dot;
            dot = vectors.UpdateThenDot(q, 1, y[i], (float)-alpha[i], back + 1 < stored ? s[Pair(back + 1)] : null);
        }

        // γ = sᵀy / yᵀy of the newest pair scales the initial matrix H₀ = γI.
        float gamma = (float)(1 / (rho[newest] * yy[newest]));
        dot = vectors.UpdateThenDot(q, gamma, null, 0, y[Pair(stored - 1)]);
        for (int back = stored - 1; back >= 0; back--)
        {
            int i = Pair(back);
            double beta = rho[i] * dot;
            dot = vectors.UpdateThenDot(q, 1, s[i], (float)(alpha[i] - beta), back > 0 ? y[Pair(back - 1)] : null);
        }

        vectors.ToDouble(q, direction);
    }
}
