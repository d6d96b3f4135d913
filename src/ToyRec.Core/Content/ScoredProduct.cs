namespace ToyRec.Content;

/// <summary>A product in a result list: its catalogue position, score, and the terms that earned the score.</summary>
/// <param name="Index">The product's position in the catalogue.</param>
/// <param name="Score">Cosine similarity to the query, from 0 to 1.</param>
/// <param name="Terms">The shared terms that contributed most, largest contribution first.</param>
public sealed record ScoredProduct(int Index, double Score, IReadOnlyList<string> Terms);
