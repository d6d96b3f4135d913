using System.Diagnostics;

namespace ToyRec.Neural;

/// <summary>
/// Mini-batch training with Adam and early stopping: after every epoch the exact validation loss is measured;
/// training stops once it has not improved for <see cref="TrainerOptions.Patience"/> epochs, and the weights of
/// the best epoch are put back.
/// </summary>
/// <remarks>
/// Early stopping as in Prechelt, "Early stopping — but when?", in <i>Neural Networks: Tricks of the Trade</i>
/// (1998). The batch order of each epoch is a permutation drawn from the seed, so a seed fixes the whole run.
/// </remarks>
public static class Trainer
{
    /// <summary>Trains <paramref name="network"/> in place, reporting each epoch to <paramref
    /// name="progress"/>.</summary>
    public static TrainingReport Train(CoPurchaseNetwork network, NetworkDataset train, NetworkDataset validation,
        TrainerOptions? options = null, IProgress<EpochReport>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(validation);
        options ??= new TrainerOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.BatchSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxEpochs);
        var adam = new Adam(network.Parameters, options.Adam);
        var random = new Random(options.Seed);
        var epochs = new List<EpochReport>();
        var best = Snapshot(network);
        double bestLoss = double.PositiveInfinity;
        int bestEpoch = 0;
        Matrix? gradient = null;
        for (int epoch = 1; epoch <= options.MaxEpochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            var order = Permutation(train.Count, random);
            double lossSum = 0;
            int batches = 0;
            for (int start = 0; start < order.Length; start += options.BatchSize)
            {
                cancellation.ThrowIfCancellationRequested();
                var rows = order.AsSpan(start, Math.Min(options.BatchSize, order.Length - start));
                var (input, positives) = train.Batch(rows);
                var logits = network.Forward(input, training: true);
                gradient = Matrix.Reuse(gradient, logits.Rows, logits.Columns);
                lossSum += BinaryCrossEntropy.LossAndGradient(logits, positives, gradient);
                network.ZeroGradients();
                network.Backward(gradient);
                adam.Step();
                batches++;
            }

            double seconds = clock.Elapsed.TotalSeconds;
            double validationLoss = Evaluate(network, validation, options.BatchSize);
            bool isBest = validationLoss < bestLoss;
            if (isBest)
            {
                (bestLoss, bestEpoch) = (validationLoss, epoch);
                Copy(network, best, toNetwork: false);
            }

            var report = new EpochReport(epoch, lossSum / Math.Max(1, batches), validationLoss, seconds, isBest);
            epochs.Add(report);
            progress?.Report(report);
            if (epoch - bestEpoch >= options.Patience)
                break;
        }

        Copy(network, best, toNetwork: true);
        return new TrainingReport(epochs, bestEpoch, bestLoss);
    }

    /// <summary>The exact loss of the network on a dataset, dropout off, weighted by batch size.</summary>
    public static double Evaluate(CoPurchaseNetwork network, NetworkDataset data, int batchSize = 256)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(data);
        if (data.Count == 0)
            return 0;
        var all = Enumerable.Range(0, data.Count).ToArray();
        double total = 0;
        for (int start = 0; start < all.Length; start += batchSize)
        {
            var rows = all.AsSpan(start, Math.Min(batchSize, all.Length - start));
            var (input, positives) = data.Batch(rows);
            total += BinaryCrossEntropy.Loss(network.Forward(input, training: false), positives) * rows.Length;
        }

        return total / data.Count;
    }

    private static int[] Permutation(int count, Random random)
    {
        var order = Enumerable.Range(0, count).ToArray();
        for (int i = count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }

    private static float[][] Snapshot(CoPurchaseNetwork network) =>
        [.. network.Parameters.Select(p => (float[])p.Value.Clone())];

    private static void Copy(CoPurchaseNetwork network, float[][] saved, bool toNetwork)
    {
        for (int p = 0; p < saved.Length; p++)
        {
            if (toNetwork)
                saved[p].CopyTo(network.Parameters[p].Value, 0);
            else
                network.Parameters[p].Value.CopyTo(saved[p], 0);
        }
    }
}
