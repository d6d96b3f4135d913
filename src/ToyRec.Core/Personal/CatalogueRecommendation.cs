namespace ToyRec.Personal;

/// <summary>One recommended catalogue product.</summary>
/// <param name="Index">The product's position in the catalogue.</param>
/// <param name="Score">The blended score (before any diversity re-ranking).</param>
/// <param name="Reason">Why, in words ("bought together with X", "similar to X: shared terms ...").</param>
public sealed record CatalogueRecommendation(int Index, double Score, string Reason);
