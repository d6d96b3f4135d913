using ToyRec.Catalog;

namespace ToyRec.Server.Catalog;

/// <summary>
/// Which products a list may show. A product without a stated price (an imputed median does not count) fails any
/// price bound; one whose stock is not stated fails <see cref="InStock"/>: the filter keeps only what it knows
/// matches.
/// </summary>
public sealed record ProductFilter
{
    public static ProductFilter None { get; } = new();

    public decimal? MinPrice { get; init; }

    public decimal? MaxPrice { get; init; }

    public bool InStock { get; init; }

    /// <summary>Allowed categories, at any level of the path or whole paths; empty allows all.</summary>
    public IReadOnlySet<string> Categories { get; init; } = new HashSet<string>();

    /// <summary>Product positions never shown (the history, the basket, what the client excluded).</summary>
    public IReadOnlySet<int> Exclude { get; init; } = new HashSet<int>();

    public bool Accepts(ProductCatalog catalog, int index)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (Exclude.Contains(index))
            return false;
        var product = catalog[index];
        if (Categories.Count > 0 && !product.Category.FilterNames.Any(Categories.Contains))
            return false;
        if (InStock && product.Stock is not { Count: > 0 })
            return false;
        if (MinPrice is null && MaxPrice is null)
            return true;
        if (product.StatedPrice is not { } price)
            return false;
        return (MinPrice is null || price.Representative >= MinPrice) &&
            (MaxPrice is null || price.Representative <= MaxPrice);
    }
}
