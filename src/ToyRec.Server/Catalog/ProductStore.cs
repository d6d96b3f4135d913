using System.Buffers;
using ToyRec.Catalog;
using ToyRec.Content;

namespace ToyRec.Server.Catalog;

/// <summary>
/// The cleaned catalogue as the server uses it: lookup by id, the known top-level categories, and search. A query
/// ranks products by the cosine of their TF-IDF vectors with the query's (the content index); an empty query
/// lists products by how many reviews they have. Ties go to file order.
/// </summary>
public sealed class ProductStore
{
    private readonly int[] _byPopularity;

    public ProductStore(ContentIndex content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Content = content;
        var catalog = content.Catalog;
        _byPopularity = Enumerable.Range(0, catalog.Count)
            .OrderByDescending(i => catalog[i].ReviewCount ?? 0).ThenBy(i => i).ToArray();
        Categories = catalog.Products.Select(p => p.Category.TopLevel).Where(c => c.Length > 0)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var levels = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string level in Categories.Concat(catalog.Products.SelectMany(p => p.Category.FilterNames)))
            levels.TryAdd(level, level);
        CategoryLevels = levels;
    }

    public ProductCatalog Catalog => Content.Catalog;

    public ContentIndex Content { get; }

    /// <summary>The top-level categories present, sorted.</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>
    /// Every name at any level of a category path, and every whole path ("Games > Dice"), by itself ignoring case:
    /// what a category filter takes, as the CLI's does. A top-level name comes first where another level is spelt
    /// the same in another case.
    /// </summary>
    public IReadOnlyDictionary<string, string> CategoryLevels { get; }

    public bool TryGet(string id, out int index) => Catalog.TryGetIndex(id, out index);

    /// <summary>
    /// The products matching a query and a filter, best first, one of each group of exact duplicates, one page of
    /// them.
    /// </summary>
    public ProductPage Search(string query, ProductFilter filter, int page, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var matches = Catalog.FirstOfEachDuplicateGroup(string.IsNullOrWhiteSpace(query)
            ? _byPopularity.Where(i => filter.Accepts(Catalog, i)).ToList()
            : Rank(query, filter));
        var items = matches.Skip((page - 1) * pageSize).Take(pageSize).Select(i => ProductSummary.Of(Catalog[i]));
        return new ProductPage(query, matches.Count, page, pageSize, items.ToList());
    }

    private List<int> Rank(string query, ProductFilter filter)
    {
        // Read as the CLI's search reads it, so both rank a query the same way.
        var vector = Content.QueryVector(query);
        var scores = ArrayPool<float>.Shared.Rent(Catalog.Count);
        try
        {
            Array.Clear(scores, 0, Catalog.Count);
            Content.Accumulate(vector, scores.AsSpan(0, Catalog.Count));
            var matches = new List<int>();
            for (int i = 0; i < Catalog.Count; i++)
            {
                if (scores[i] > 0 && filter.Accepts(Catalog, i))
                    matches.Add(i);
            }

            matches.Sort((a, b) => scores[a] != scores[b] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));
            return matches;
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
        }
    }
}
