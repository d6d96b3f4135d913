using ToyRec.Catalog;
using ToyRec.Content;
using ToyRec.Personal;
using ToyRec.Ranking;
using ToyRec.Server.Recommendations;

namespace ToyRec.Server.Tests;

/// <summary>
/// A history recommender simple enough that the HTTP tests can work out its lists by hand, standing in for the
/// core's catalogue recommender (which <see cref="DefaultModelsApiTests"/> and the end-to-end test serve): the
/// server's own similar and also-bought lists (<see cref="ProductLists"/>), and for a history, every item h with
/// weight w adds <c>w · LinkWeight / (1 + rank/10)</c> to each product linked with h and
/// <c>w · ContentWeight · cos(h, c)</c> to each of h's nearest products c; the reason names the history item that
/// contributed most. With diversity λ the list is re-ranked by maximal marginal relevance (Carbonell and Goldstein,
/// SIGIR 1998). An empty history gets the most linked-to products.
/// </summary>
public sealed class LinkAndContentRecommender : IRecommendationService, IWarmUp
{
    public const double LinkWeight = 1.0;
    public const double ContentWeight = 0.5;
    public const int NeighboursPerItem = 30;

    private readonly ProductCatalog _catalog;
    private readonly ContentIndex _content;
    private readonly ProductLists _lists;
    private readonly SimilarProductCache _similar;
    private readonly int[] _popular;
    private readonly int[] _linkedFrom;

    public LinkAndContentRecommender(ContentIndex content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _content = content;
        _catalog = content.Catalog;
        _lists = new ProductLists(content);
        _similar = new SimilarProductCache(content);
        // How many products' also-bought lists name each product (each list counted once).
        _linkedFrom = new int[_catalog.Count];
        foreach (var links in _catalog.AlsoBought)
        {
            foreach (int to in links.Distinct())
                _linkedFrom[to]++;
        }

        _popular = Enumerable.Range(0, _catalog.Count).OrderByDescending(i => _linkedFrom[i])
            .ThenByDescending(i => _catalog[i].ReviewCount ?? 0).ThenBy(i => i).ToArray();
    }

    public string Name => "content+links";

    public IReadOnlyList<Recommendation> Similar(int product, int k, Func<int, bool> accept) =>
        _lists.Similar(product, k, accept);

    public IReadOnlyList<Recommendation> AlsoBought(int product, int k, Func<int, bool> accept) =>
        _lists.AlsoBought(product, k, accept);

    public void WarmUp(CancellationToken stopping) => _lists.WarmUp(stopping);

    public IReadOnlyList<Recommendation> ForHistory(HistoryQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.History.Count == 0)
            return Popular(query.K, query.Accept);
        var inHistory = new HashSet<int>(query.History.Concat(query.History.SelectMany(_catalog.DuplicatesOf)));
        var scores = new Dictionary<int, Candidate>();
        for (int h = 0; h < query.History.Count; h++)
        {
            int item = query.History[h];
            double weight = query.Weights[h];
            int rank = 0;
            foreach (var (target, _) in _lists.Linked(item))
                Add(target, weight * LinkWeight / (1 + rank++ / 10.0), item, false);
            foreach (var (index, cosine) in Neighbours(item, Allowed))
                Add(index, weight * ContentWeight * cosine, item, true);
        }

        var ranked = scores.OrderByDescending(s => s.Value.Score).ThenBy(s => s.Key)
            .Select(s => (Index: s.Key, Candidate: s.Value)).ToList();
        var chosen = query.Diversity > 0 ? Diversify(ranked, query.K, query.Diversity) : ranked.Take(query.K).ToList();
        return chosen.Select(c => new Recommendation(c.Index, c.Candidate.Score, Reason(c.Index, c.Candidate)))
            .ToList();

        bool Allowed(int i) => !inHistory.Contains(i) && query.Accept(i);

        void Add(int target, double contribution, int source, bool byContent)
        {
            if (!Allowed(target))
                return;
            var current = scores.GetValueOrDefault(target);
            bool best = current is null || contribution > current.BestContribution;
            scores[target] = new Candidate((current?.Score ?? 0) + contribution,
                best ? contribution : current!.BestContribution, best ? source : current!.Source,
                best ? byContent : current!.ByContent);
        }
    }

    // Only the best max(3k, 50) candidates are re-ranked, which bounds the similarity evaluations at k · pool.
    private List<(int Index, Candidate Candidate)> Diversify(List<(int Index, Candidate Candidate)> ranked, int k,
        double lambda)
    {
        var pool = ranked.Take(Math.Max(3 * k, 50)).ToList();
        var scores = pool.ToDictionary(c => c.Index, c => c.Candidate.Score);
        return MaximalMarginalRelevance.Rerank(pool.ConvertAll(c => c.Index), i => scores[i], k, lambda,
            _content.Similarity).Select(p => pool[p]).ToList();
    }

    // A history item's nearest allowed products: from the cached unfiltered list when enough of it passes the
    // filter, else by a filtered search, so a narrow filter still gets its full share of neighbours.
    private IEnumerable<(int Index, double Cosine)> Neighbours(int item, Func<int, bool> allowed)
    {
        var (indices, cosines) = _similar.Neighbours(item);
        var passing = new List<(int, double)>(NeighboursPerItem);
        for (int r = 0; r < indices.Length && passing.Count < NeighboursPerItem; r++)
        {
            if (allowed(indices[r]))
                passing.Add((indices[r], cosines[r]));
        }

        if (passing.Count == NeighboursPerItem || indices.Length < SimilarProductCache.Depth)
            return passing;
        return _content.SimilarIndices(item, NeighboursPerItem, allowed)
            .Select(i => (i, Math.Min(1.0, _content.Similarity(item, i))));
    }

    private List<Recommendation> Popular(int k, Func<int, bool> accept) => _popular.Where(accept).Take(k)
        .Select(i => new Recommendation(i, _linkedFrom[i], _linkedFrom[i] > 0
            ? $"popular: bought together with {Plural(_linkedFrom[i], "other product")}"
            : $"popular: {Plural(_catalog[i].ReviewCount ?? 0, "review")}"))
        .ToList();

    private string Reason(int index, Candidate candidate) => candidate.ByContent
        ? _similar.Reason(candidate.Source, index)
        : ReasonText.BoughtTogether(_catalog[candidate.Source].Name);

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    // A product being scored for a history: its total score, and the history item that contributed most, by
    // content similarity or by a co-purchase link.
    private sealed record Candidate(double Score, double BestContribution, int Source, bool ByContent);
}
