namespace ToyRec.Server.Catalog;

/// <summary>A recommended product with its score and the reason it was recommended.</summary>
public sealed record RecommendedProduct(ProductSummary Product, double Score, string Reason);
