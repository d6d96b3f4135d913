using ToyRec.Catalog;
using ToyRec.Content;
using ToyRec.Personal;
using ToyRec.Ranking;

namespace ToyRec.Server.Recommendations;

/// <summary>
/// The recommender the server falls back on: content similarity (TF-IDF cosine from the <see cref="ContentIndex"/>)
/// and the catalogue's co-purchase links, read both ways. For a history, every item h with weight w adds
/// <c>w · LinkWeight / (1 + rank/10)</c> to each product linked with h and <c>w · ContentWeight · cos(h, c)</c>
/// to each of h's nearest products c; the reason names the history item that contributed most. With diversity λ the
/// list
/// is re-ranked by maximal marginal relevance, <c>(1 − λ)·rel(c) − λ·max_s cos(c, s)</c> over the products s
/// already chosen (Carbonell and Goldstein, SIGIR 1998).
/// </summary>
public sealed class LinkAndContentRecommender : IRecommendationService, IWarmUp
{
    public const double LinkWeight = 1.0;
    public const double ContentWeight = 0.5;
    public const int NeighboursPerItem = 30;

    private readonly ProductCatalog _catalog;
    private readonly ContentIndex _content;
    private readonly SimilarProductCache _similar;
    private readonly int[][] _outgoing;
    private readonly int[][] _incoming;
    private readonly int[] _popular;

    public LinkAndContentRecommender(ContentIndex content)
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
        _popular = Enumerable.Range(0, _catalog.Count).OrderByDescending(i => _incoming[i].Length)
            .ThenByDescending(i => _catalog[i].ReviewCount ?? 0).ThenBy(i => i).ToArray();
    }

    public string Name => "content+links";

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

    public void WarmUp(CancellationToken stopping)
    {
        for (int product = 0; product < _similar.Count && !stopping.IsCancellationRequested; product++)
            _similar.Neighbours(product);
    }

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
            foreach (var (target, _) in Linked(item))
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
        .Select(i => new Recommendation(i, _incoming[i].Length, _incoming[i].Length > 0
            ? $"popular: bought together with {Plural(_incoming[i].Length, "other product")}"
            : $"popular: {Plural(_catalog[i].ReviewCount ?? 0, "review")}"))
        .ToList();

    // Amazon's own "also bought" list first, in its order, then the products whose lists name this one.
    private IEnumerable<(int Target, bool Outgoing)> Linked(int product) =>
        _outgoing[product].Select(t => (t, true)).Concat(_incoming[product].Select(t => (t, false)));

    private string Reason(int index, Candidate candidate) => candidate.ByContent
        ? _similar.Reason(candidate.Source, index)
        : ReasonText.BoughtTogether(_catalog[candidate.Source].Name);

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
