using System.Numerics.Tensors;

namespace ToyRec.Neural;

/// <summary>
/// Binary cross-entropy over every label, computed from logits: the exact loss, not a sampled estimate.
/// </summary>
/// <remarks>
/// Per example, L = Σ_l [softplus(z_l) − y_l z_l] with softplus(z) = max(z, 0) + log(1 + e^−|z|), which equals
/// −[y log σ(z) + (1 − y) log(1 − σ(z))] without overflow for any z. The batch loss is the mean over examples
/// of that sum over labels, and ∂L/∂z_l = (σ(z_l) − y_l) / batch size. See Goodfellow, Bengio and Courville,
/// <i>Deep Learning</i> (2016), §6.2.2.2.
/// </remarks>
public static class BinaryCrossEntropy
{
    /// <summary>The mean over rows of the summed loss; the positives of row r are <c>positives[r]</c>.</summary>
    public static double Loss(Matrix logits, IReadOnlyList<int[]> positives) => Compute(logits, positives, null);

    /// <summary>The loss as <see cref="Loss"/>, writing ∂loss/∂logits into <paramref name="gradient"/>.</summary>
    public static double LossAndGradient(Matrix logits, IReadOnlyList<int[]> positives, Matrix gradient)
    {
        ArgumentNullException.ThrowIfNull(gradient);
        ArgumentNullException.ThrowIfNull(logits);
        if (gradient.Rows != logits.Rows || gradient.Columns != logits.Columns)
            throw new ArgumentException("The gradient must have the logits' shape.", nameof(gradient));
        return Compute(logits, positives, gradient);
    }

    private static double Compute(Matrix logits, IReadOnlyList<int[]> positives, Matrix? gradient)
    {
        ArgumentNullException.ThrowIfNull(logits);
        ArgumentNullException.ThrowIfNull(positives);
        if (positives.Count != logits.Rows)
            throw new ArgumentException($"{logits.Rows} rows of logits but {positives.Count} rows of positives.");
        if (logits.Rows == 0)
            return 0;
        foreach (int label in positives.SelectMany(p => p))
        {
            if ((uint)label >= (uint)logits.Columns)
            {
                throw new ArgumentOutOfRangeException(nameof(positives), label,
                    $"Labels must be below {logits.Columns}.");
            }
        }

        var rowLoss = new double[logits.Rows];
        float scale = 1f / logits.Rows;
        Parallel.For(0, logits.Rows, () => new float[logits.Columns], (r, _, scratch) =>
        {
            var z = logits.Row(r);
            TensorPrimitives.Abs(z, scratch);
            TensorPrimitives.Negate(scratch, scratch);
            TensorPrimitives.Exp(scratch, scratch);
            TensorPrimitives.LogP1(scratch, scratch);
            double sum = TensorPrimitives.Sum<float>(scratch);
            TensorPrimitives.Max(z, 0f, scratch);
            sum += TensorPrimitives.Sum<float>(scratch);
            foreach (int label in positives[r])
                sum -= z[label];

            rowLoss[r] = sum;
            if (gradient is not null)
            {
                var g = gradient.Row(r);
                TensorPrimitives.Sigmoid(z, g);
                foreach (int label in positives[r])
                    g[label] -= 1;
                TensorPrimitives.Multiply(g, scale, g);
            }

            return scratch;
        }, _ => { });
        return rowLoss.Sum() / logits.Rows;
    }
}
