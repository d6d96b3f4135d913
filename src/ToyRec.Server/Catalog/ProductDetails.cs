using ToyRec.Catalog;

namespace ToyRec.Server.Catalog;

/// <summary>A product with everything the product view shows.</summary>
public sealed record ProductDetails(ProductSummary Product, string Stock, int? MinimumAgeMonths, string Description,
    string ProductInformation, string ProductDescription, IReadOnlyList<string> CategoryLevels,
    IReadOnlyList<Seller> Sellers, IReadOnlyList<QuestionAnswer> Questions, IReadOnlyList<ReviewSummary> Reviews,
    int AlsoBoughtLinks, IReadOnlyList<string> Duplicates)
{
    /// <summary>Reviews and questions shown per product; the rest stay in the catalogue.</summary>
    public const int ShownPerList = 5;

    public static ProductDetails Of(ProductCatalog catalog, int index)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var product = catalog[index];
        return new ProductDetails(ProductSummary.Of(product), product.Stock?.ToString() ?? "",
            product.MinimumAgeMonths, product.Description, product.ProductInformation, product.ProductDescription,
            product.Category.Levels, product.Sellers.Take(ShownPerList).ToList(),
            product.Questions.Take(ShownPerList).ToList(),
            product.Reviews.Take(ShownPerList).Select(ReviewSummary.Of).ToList(), catalog.AlsoBought[index].Length,
            catalog.DuplicatesOf(index).Select(i => catalog[i].Id).ToList());
    }
}
