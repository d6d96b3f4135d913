namespace ToyRec.Neural;

/// <summary>The outcome of <see cref="Trainer.Train"/>.</summary>
/// <param name="Epochs">Every epoch run, in order.</param>
/// <param name="BestEpoch">The epoch whose weights the network holds now.</param>
/// <param name="BestValidationLoss">That epoch's validation loss.</param>
public sealed record TrainingReport(IReadOnlyList<EpochReport> Epochs, int BestEpoch, double BestValidationLoss)
{
    /// <summary>Mean training time of an epoch, validation excluded.</summary>
    public double SecondsPerEpoch => Epochs.Count == 0 ? 0 : Epochs.Average(e => e.Seconds);
}
