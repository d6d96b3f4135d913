using ToyRec.Catalog;

namespace ToyRec.Category;

/// <summary>
/// The classes of the category model: top-level categories with at least a minimum number of products, most
/// frequent first, and <see cref="OtherName"/> last for all the rest.
/// </summary>
public sealed class CategoryLabels
{
    /// <summary>The class that small categories are folded into.</summary>
    public const string OtherName = "Other";

    private readonly Dictionary<string, int> _index;

    /// <summary>Creates labels from class names; the last must be <see cref="OtherName"/>.</summary>
    public CategoryLabels(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Count < 2 || names[^1] != OtherName)
        {
            throw new ArgumentException($"Expected at least two classes ending with '{OtherName}', got " +
                $"[{string.Join(", ", names)}].", nameof(names));
        }

        Names = names;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < names.Count - 1; i++)
        {
            if (!_index.TryAdd(names[i], i))
                throw new ArgumentException($"Class '{names[i]}' appears twice.", nameof(names));
        }
    }

    /// <summary>Class names by index; the last is <see cref="OtherName"/>.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Number of classes.</summary>
    public int Count => Names.Count;

    /// <summary>The index of <see cref="OtherName"/>.</summary>
    public int Other => Names.Count - 1;

    /// <summary>
    /// Classes from the catalogue's products that have a category: each top-level category with at least
    /// <paramref name="minimumProducts"/> products (by count descending, then name), then <c>Other</c>.
    /// </summary>
    /// <exception cref="InsufficientDataException">No top-level category has enough products to be a class, or
    /// every labelled product is in the one that has (nothing to tell apart).</exception>
    public static CategoryLabels From(ProductCatalog catalog, int minimumProducts = 10)
    {
        if (Shortfall(catalog, minimumProducts) is { } reason)
            throw new InsufficientDataException(reason);
        return new CategoryLabels([.. KeptCategories(catalog, minimumProducts), OtherName]);
    }

    /// <summary>Why the catalogue gives the category model too little to learn, or null when it is enough.</summary>
    public static string? Shortfall(ProductCatalog catalog, int minimumProducts = 10) =>
        Shortfall(catalog, minimumProducts, forEvaluation: false);

    /// <summary>
    /// Why the catalogue is too small to evaluate the category model on, or null: besides
    /// <see cref="Shortfall(ProductCatalog, int)"/>, one real class and a handful folded into <c>Other</c> would
    /// leave a test part of one class, on which any model and the majority baseline score 1.0. Such a catalogue can
    /// still be trained on.
    /// </summary>
    public static string? EvaluationShortfall(ProductCatalog catalog, int minimumProducts = 10) =>
        Shortfall(catalog, minimumProducts, forEvaluation: true);

    private static string? Shortfall(ProductCatalog catalog, int minimumProducts, bool forEvaluation)
    {
        var kept = KeptCategories(catalog, minimumProducts);
        int labelled = catalog.Products.Count(p => !p.Category.IsEmpty);
        if (kept.Count == 0)
        {
            return $"No top-level category has {minimumProducts} or more products (the catalogue has {labelled} " +
                "with a category); the category model needs at least one such category besides 'Other'.";
        }

        int inKept = catalog.Products.Count(p => !p.Category.IsEmpty && p.Category.TopLevel == kept[0]);
        if (kept.Count == 1 && inKept == labelled)
        {
            return $"Every one of the {labelled} products with a category is in {kept[0]}; the category model needs " +
                "products of two or more top-level categories to tell apart.";
        }

        int other = labelled - inKept;
        return forEvaluation && kept.Count == 1 && other < minimumProducts
            ? $"Only {kept[0]} has {minimumProducts} or more products ({inKept}); the other {other} would make an " +
                $"'Other' class of fewer than {minimumProducts}. The category model needs two classes of at least " +
                $"{minimumProducts} products to be tested on."
            : null;
    }

    /// <summary>The top-level categories with at least <paramref name="minimumProducts"/> products, largest
    /// first.</summary>
    public static IReadOnlyList<string> KeptCategories(ProductCatalog catalog, int minimumProducts = 10)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minimumProducts);
        return catalog.Products.Where(p => !p.Category.IsEmpty)
            .GroupBy(p => p.Category.TopLevel, StringComparer.Ordinal)
            .Where(g => g.Count() >= minimumProducts && g.Key != OtherName)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
    }

    /// <summary>The class of a top-level category name: its own, or <c>Other</c>.</summary>
    public int Of(string topLevel) => _index.GetValueOrDefault(topLevel, Other);

    /// <summary>The class of a product.</summary>
    public int Of(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return Of(product.Category.TopLevel);
    }
}
