using ToyRec.Catalog;

namespace ToyRec.Server.Catalog;

/// <summary>A product as lists show it; <c>PriceText</c> is null when the product has no price, as in the CLI's
/// JSON.</summary>
public sealed record ProductSummary(string Id, string Name, string Manufacturer, decimal? Price, string? PriceText,
    bool PriceImputed, double? Rating, int? ReviewCount, int? InStock, string Category, string TopCategory)
{
    public static ProductSummary Of(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return new ProductSummary(product.Id, product.Name, product.Manufacturer, product.Price?.Representative,
            product.Price?.ToString(), product.PriceSource is not PriceImputation.None, product.Rating,
            product.ReviewCount, product.Stock?.Count, product.Category.FullPath, product.Category.TopLevel);
    }
}
