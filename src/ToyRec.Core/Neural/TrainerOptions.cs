namespace ToyRec.Neural;

/// <summary>How <see cref="Trainer"/> trains.</summary>
/// <param name="BatchSize">Products per mini-batch.</param>
/// <param name="MaxEpochs">Most passes over the training products.</param>
/// <param name="Patience">Epochs without a better validation loss before stopping.</param>
/// <param name="Seed">Seed of the batch order.</param>
/// <param name="Adam">Optimiser settings (null: Kingma and Ba's defaults).</param>
public sealed record TrainerOptions(int BatchSize = 256, int MaxEpochs = 40, int Patience = 3, int Seed = 42,
    AdamOptions? Adam = null);
