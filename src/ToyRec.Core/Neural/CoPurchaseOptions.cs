namespace ToyRec.Neural;

/// <summary>Settings of the co-purchase model and its evaluation; the defaults are what ToyRec reports.</summary>
/// <param name="Seed">Seed of the split, the initial weights, dropout, batch order and the random baseline.</param>
/// <param name="Neighbours">k of the nearest-neighbour signal and baseline.</param>
/// <param name="TextDimension">Width of the sparse text layer.</param>
/// <param name="Hidden">Widths of the hidden layers (null: one of 256).</param>
/// <param name="DropoutRate">Dropout after each hidden layer.</param>
/// <param name="Encoder">Feature settings (null: defaults).</param>
/// <param name="Trainer">Training settings (null: defaults); their seed is always <paramref name="Seed"/>.</param>
/// <param name="MatchWeight">Starting weight of each word in the label word match.</param>
/// <param name="BlendSteps">Steps of the grid the blend weight of network and neighbours is searched on.</param>
public sealed record CoPurchaseOptions(
    int Seed = 42,
    int Neighbours = 20,
    int TextDimension = 256,
    int[]? Hidden = null,
    float DropoutRate = 0.3f,
    EncoderOptions? Encoder = null,
    TrainerOptions? Trainer = null,
    int BlendSteps = 20,
    float MatchWeight = 25f)
{
    /// <summary>The trainer settings, always with this seed: one seed decides the split, the initial weights and
    /// the batch order, whatever seed a given <see cref="Trainer"/> carried.</summary>
    public TrainerOptions TrainerOrDefault => (Trainer ?? new TrainerOptions()) with { Seed = Seed };
}
