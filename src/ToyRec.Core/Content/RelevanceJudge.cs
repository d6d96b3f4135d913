using ToyRec.Catalog;

namespace ToyRec.Content;

/// <summary>
/// Answers "is this neighbour relevant to that query?" and "how many relevant products exist?" under each
/// <see cref="ContentRelevance"/>. Products that are exact duplicates of the query are never candidates, so they
/// are not counted as relevant products either.
/// </summary>
public sealed class RelevanceJudge
{
    private readonly ProductCatalog _catalog;
    private readonly Dictionary<string, int> _topLevelSizes;
    private readonly Dictionary<string, int> _pathSizes;
    private readonly HashSet<int>[] _links;

    /// <summary>Prepares category sizes and link sets for a catalogue.</summary>
    public RelevanceJudge(ProductCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        _topLevelSizes = catalog.Products.GroupBy(p => p.Category.TopLevel).ToDictionary(g => g.Key, g => g.Count());
        _pathSizes = catalog.Products.GroupBy(p => p.Category.FullPath).ToDictionary(g => g.Key, g => g.Count());
        _links = catalog.AlsoBought.Select((targets, q) =>
            targets.Where(t => !catalog.AreDuplicates(t, q)).ToHashSet()).ToArray();
    }

    /// <summary>Whether <paramref name="candidate"/> is relevant to <paramref name="query"/>.</summary>
    public bool IsRelevant(ContentRelevance relevance, int query, int candidate) => relevance switch
    {
        ContentRelevance.SameTopLevel => _catalog[query].Category.TopLevel == _catalog[candidate].Category.TopLevel,
        ContentRelevance.SamePath => _catalog[query].Category.Equals(_catalog[candidate].Category),
        _ => _links[query].Contains(candidate),
    };

    /// <summary>R: how many products other than the query and its duplicates are relevant to it.</summary>
    public int RelevantCount(ContentRelevance relevance, int query)
    {
        if (relevance == ContentRelevance.CoPurchase)
            return _links[query].Count;
        var product = _catalog[query];
        int size = relevance == ContentRelevance.SameTopLevel
            ? _topLevelSizes[product.Category.TopLevel]
            : _pathSizes[product.Category.FullPath];
        int sameGroup = 1 + _catalog.DuplicatesOf(query).Count(d => IsRelevant(relevance, query, d));
        return size - sameGroup;
    }

    /// <summary>Whether any of the queries has a relevant product to find.</summary>
    public bool AnyRelevant(ContentRelevance relevance, IEnumerable<int> queries)
    {
        ArgumentNullException.ThrowIfNull(queries);
        return queries.Any(q => RelevantCount(relevance, q) > 0);
    }
}
