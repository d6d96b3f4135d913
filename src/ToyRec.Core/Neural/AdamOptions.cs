namespace ToyRec.Neural;

/// <summary>Settings of <see cref="Adam"/>; the defaults are Kingma and Ba's.</summary>
/// <param name="LearningRate">Step size α.</param>
/// <param name="Beta1">Decay of the first-moment average.</param>
/// <param name="Beta2">Decay of the second-moment average.</param>
/// <param name="Epsilon">Added to √v̂ to avoid division by zero.</param>
public sealed record AdamOptions(float LearningRate = 1e-3f, float Beta1 = 0.9f, float Beta2 = 0.999f,
    float Epsilon = 1e-8f);
