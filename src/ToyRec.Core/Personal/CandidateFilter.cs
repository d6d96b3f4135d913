using ToyRec.Catalog;

namespace ToyRec.Personal;

/// <summary>
/// Which catalogue products may be recommended. Every condition left at its default lets every product through;
/// a product without a stated price (an imputed one does not count), stock or age fails a condition on that value.
/// </summary>
/// <param name="MinPrice">Lowest price (of the product's representative price), inclusive.</param>
/// <param name="MaxPrice">Highest price, inclusive.</param>
/// <param name="InStockOnly">Only products with at least one unit available.</param>
/// <param name="IncludeCategories">When not empty, the product's category path must contain one of these levels
/// (case-insensitive).</param>
/// <param name="ExcludeCategories">The product's category path must contain none of these levels.</param>
/// <param name="ExcludeProducts">Product positions never to recommend.</param>
/// <param name="ChildAgeMonths">The child's age: the product's manufacturer minimum age must be stated and at most
/// this.</param>
public sealed record CandidateFilter(
    decimal? MinPrice = null,
    decimal? MaxPrice = null,
    bool InStockOnly = false,
    IReadOnlyList<string>? IncludeCategories = null,
    IReadOnlyList<string>? ExcludeCategories = null,
    IReadOnlyList<int>? ExcludeProducts = null,
    int? ChildAgeMonths = null)
{
    /// <summary>The filter that accepts everything.</summary>
    public static CandidateFilter None { get; } = new();

    /// <summary>
    /// An extra test by catalogue position, for callers (such as the HTTP API) that have already turned their own
    /// filters into one predicate; null accepts everything.
    /// </summary>
    public Func<int, bool>? Accept { get; init; }

    /// <summary>Whether the product at <paramref name="index"/> passes.</summary>
    public bool Accepts(Product product, int index)
    {
        ArgumentNullException.ThrowIfNull(product);
        if (Accept is not null && !Accept(index))
            return false;
        if ((MinPrice is not null || MaxPrice is not null) && product.StatedPrice is null)
            return false;
        decimal value = product.StatedPrice?.Representative ?? 0;
        if (MinPrice is { } min && value < min)
            return false;
        if (MaxPrice is { } max && value > max)
            return false;
        if (InStockOnly && product.Stock is not { Count: > 0 })
            return false;
        if (IncludeCategories is { Count: > 0 } include && !include.Any(c => InPath(product, c)))
            return false;
        if (ExcludeCategories is { Count: > 0 } exclude && exclude.Any(c => InPath(product, c)))
            return false;
        if (ExcludeProducts is { Count: > 0 } products && products.Contains(index))
            return false;
        return ChildAgeMonths is not { } age || product.MinimumAgeMonths is { } minimum && minimum <= age;
    }

    private static bool InPath(Product product, string category) =>
        product.Category.FilterNames.Any(name =>
            string.Equals(name, category.Trim(), StringComparison.OrdinalIgnoreCase));
}
