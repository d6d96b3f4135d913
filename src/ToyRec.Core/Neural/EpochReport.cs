using System.Globalization;

namespace ToyRec.Neural;

/// <summary>What one epoch of training did.</summary>
/// <param name="Epoch">1-based epoch number.</param>
/// <param name="TrainLoss">Mean training loss over the epoch's batches (dropout on).</param>
/// <param name="ValidationLoss">Exact binary cross-entropy on the validation products (dropout off).</param>
/// <param name="Seconds">Wall-clock time of the epoch's training steps, validation excluded.</param>
/// <param name="IsBest">Whether this epoch has the lowest validation loss so far.</param>
public sealed record EpochReport(int Epoch, double TrainLoss, double ValidationLoss, double Seconds, bool IsBest)
{
    /// <summary>One progress line: <c>epoch 3: train 41.27, validation 44.02, 5.1 s (best)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"epoch {Epoch}: train loss {TrainLoss:0.0000}, validation loss {ValidationLoss:0.0000}, " +
        $"{Seconds:0.0} s{(IsBest ? " (best)" : "")}");
}
