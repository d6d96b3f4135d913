namespace ToyRec.Catalog;

/// <summary>A third-party seller offering the product.</summary>
/// <param name="Name">The seller's name.</param>
/// <param name="Price">The seller's price, or null where the source shows a bare <c>£</c>.</param>
public sealed record Seller(string Name, decimal? Price);
