namespace ToyRec.Category;

/// <summary>A suggested product from the predicted category, by its similarity to the query's name.</summary>
/// <param name="Index">The product's position in the catalogue.</param>
/// <param name="Similarity">Cosine similarity of the TF-IDF name vectors, in [0, 1].</param>
public sealed record CategorySuggestion(int Index, double Similarity);
