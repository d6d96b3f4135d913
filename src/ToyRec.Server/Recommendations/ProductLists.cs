using ToyRec.Catalog;
using ToyRec.Content;
using ToyRec.Personal;

namespace ToyRec.Server.Recommendations;

/// <summary>
/// The two per-product lists the API serves beside history recommendations: products similar by content (TF-IDF
/// cosine from the <see cref="ContentIndex"/>, the unfiltered top 100 of each product cached, see
/// <see cref="SimilarProductCache"/>) and the catalogue's co-purchase links, read both ways: Amazon's own "also
/// bought" list of the product first, in its order, then the products whose lists name it, scored 1 / (1 + rank).
/// </summary>
public sealed class ProductLists : IWarmUp
{
    private readonly ProductCatalog _catalog;
    private readonly ContentIndex _content;
    private readonly SimilarProductCache _similar;
    private readonly int[][] _outgoing;
    private readonly int[][] _incoming;

    /// <summary>Builds the link lists and an empty similar-products cache over the index's catalogue.</summary>
    public ProductLists(ContentIndex content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _content = content;
        _catalog = content.Catalog;
        _similar = new SimilarProductCache(content);
        _outgoing = _catalog.AlsoBought.Select(links => links.Distinct().ToArray()).ToArray();
        var incoming = Enumerable.Range(0, _catalog.Count).Select(_ => new List<int>()).ToArray();
        for (int from = 0; from < _catalog.Count; from++)
        {
            foreach (int to in _outgoing[from])
                incoming[to].Add(from);
        }

        _incoming = incoming.Select(list => list.ToArray()).ToArray();
    }

    /// <summary>Products like the one at <paramref name="product"/> by content, with the terms they share.</summary>
    public IReadOnlyList<Recommendation> Similar(int product, int k, Func<int, bool> accept)
    {
        ArgumentNullException.ThrowIfNull(accept);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        if (k <= SimilarProductCache.Depth && ReferenceEquals(accept, Accept.All))
            return _similar.Get(product, k);
        return _content.SimilarIndices(product, k, accept, onePerDuplicateGroup: true)
            .Select(i => new Recommendation(i, Math.Min(1.0, _content.Similarity(product, i)),
                _similar.Reason(product, i)))
            .ToList();
    }

    /// <summary>Fills the similar-products cache, product by product, until stopped.</summary>
    public void WarmUp(CancellationToken stopping)
    {
        for (int product = 0; product < _similar.Count && !stopping.IsCancellationRequested; product++)
            _similar.Neighbours(product);
    }

    /// <summary>The products linked with the one at <paramref name="product"/>, each once, that pass the filter.
    /// </summary>
    public IReadOnlyList<Recommendation> AlsoBought(int product, int k, Func<int, bool> accept)
    {
        ArgumentNullException.ThrowIfNull(accept);
        string name = _catalog[product].Name;
        var result = new List<Recommendation>(k);
        var seen = new HashSet<int>();
        int rank = 0;
        foreach (var (target, outgoing) in Linked(product))
        {
            if (result.Count == k)
                break;
            if (_catalog.AreDuplicates(target, product) || !seen.Add(target) || !accept(target))
                continue;
            string reason = outgoing
                ? $"{ReasonText.BoughtTogether(name)}: customers who bought it also bought this"
                : $"{ReasonText.BoughtTogether(name)}: customers who bought this also bought it";
            result.Add(new Recommendation(target, 1.0 / (1 + rank++), reason));
        }

        return result;
    }

    /// <summary>
    /// Amazon's own "also bought" list of the product first, in its order (<c>Outgoing</c>), then the products
    /// whose lists name this one.
    /// </summary>
    public IEnumerable<(int Target, bool Outgoing)> Linked(int product) =>
        _outgoing[product].Select(t => (t, true)).Concat(_incoming[product].Select(t => (t, false)));
}
