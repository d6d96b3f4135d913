namespace ToyRec.Server.Recommendations;

/// <summary>The answer of <see cref="ICategoryPredictor"/>: the categories, most likely first, and why.</summary>
public sealed record CategoryPrediction(string Model, IReadOnlyList<CategoryProbability> Categories, string Reason);
