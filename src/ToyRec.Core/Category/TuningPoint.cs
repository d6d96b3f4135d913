namespace ToyRec.Category;

/// <summary>One λ tried on the validation part of the training set.</summary>
public sealed record TuningPoint(double L2, double ValidationAccuracy, int Iterations);
