namespace ToyRec.Server.Catalog;

/// <summary>
/// Recommendations with what they were asked for: the product (for similar and also-bought; null for a history),
/// the model that answered, and the items best first.
/// </summary>
public sealed record RecommendationList(ProductSummary? Product, string Model, IReadOnlyList<RecommendedProduct> Items);
