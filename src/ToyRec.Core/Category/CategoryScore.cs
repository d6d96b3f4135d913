namespace ToyRec.Category;

/// <summary>A category with the probability the model gives it.</summary>
public sealed record CategoryScore(string Name, double Probability);

/// <summary>A suggested product from the predicted category, by its similarity to the query's name.</summary>
/// <param name="Index">The product's position in the catalogue.</param>
/// <param name="Similarity">Cosine similarity of the TF-IDF name vectors, in [0, 1].</param>
public sealed record CategorySuggestion(int Index, double Similarity);

/// <summary>One λ tried on the validation part of the training set.</summary>
public sealed record TuningPoint(double L2, double ValidationAccuracy, int Iterations);
