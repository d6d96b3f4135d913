using ToyRec.Catalog;
using ToyRec.Personal;

namespace ToyRec.Evaluation;

/// <summary>Scoring the queries of <see cref="CatalogueEvaluation"/> under several weightings at once.</summary>
public static partial class CatalogueEvaluation
{
    // One query: a history, the products that count as hits (or their exact duplicates), and what the graph hides:
    // the link from the history's first product to Relevant[0] for a held-out link, or all of it for a cold start.
    private sealed record Query(HistoryItem[] History, int[] Relevant, bool ColdStart);

    // HR@10 and NDCG@10 averaged over queries (0 for none).
    private sealed record Figures(int Queries, double HrAt10, double NdcgAt10)
    {
        public double HrAt10StandardError => Math.Sqrt(HrAt10 * (1 - HrAt10) / Math.Max(1, Queries));
    }

    // Per system, the figures over the queries: NDCG@10 with binary gains over min(10, R) ideal hits.
    private static Figures[] Score(CatalogueRecommender recommender, IReadOnlyList<Query> queries,
        IReadOnlyList<CatalogueRecommenderOptions> systems, bool withExtra)
    {
        var catalog = recommender.Catalog;
        var hits = new double[systems.Count][];
        var gains = new double[systems.Count][];
        for (int s = 0; s < systems.Count; s++)
            (hits[s], gains[s]) = (new double[queries.Count], new double[queries.Count]);
        if (withExtra)
        {
            var products = queries.SelectMany(q => q.History.Select(h => h.Index)).Distinct().Order().ToList();
            recommender.PrepareExtra(products);
        }

        Parallel.For(0, queries.Count, q =>
        {
            var query = queries[q];
            var history = query.History;
            var signals = query.ColdStart
                ? recommender.Signals(history, withExtra: withExtra)
                : recommender.Signals(history, history[0].Index, query.Relevant[0], withExtra);
            if (query.ColdStart)
                Array.Clear(signals[1]);
            var scales = recommender.QueryScales(signals, history);
            for (int s = 0; s < systems.Count; s++)
            {
                var top = Top(recommender, signals, scales, history, systems[s]);
                var relevant = top.Select(i => query.Relevant.Any(r => catalog.AreDuplicates(i, r))).ToArray();
                hits[s][q] = RankingMetrics.HitAt(relevant, K);
                gains[s][q] = RankingMetrics.NdcgAt(relevant, K, query.Relevant.Length);
            }
        });

        // Sums in query order, so the figures do not depend on the thread count.
        int n = Math.Max(1, queries.Count);
        return [.. Enumerable.Range(0, systems.Count)
            .Select(s => new Figures(queries.Count, hits[s].Sum() / n, gains[s].Sum() / n))];
    }

    // The top K for one weighting, the history and its duplicates left out, as CatalogueRecommender.Recommend does.
    private static int[] Top(CatalogueRecommender recommender, float[][] signals, float[] scales,
        IReadOnlyList<HistoryItem> history, CatalogueRecommenderOptions system)
    {
        var scores = CatalogueRecommender.Blend(signals, system, scales);
        foreach (var item in history)
        {
            scores[item.Index] = float.NegativeInfinity;
            foreach (int duplicate in recommender.Catalog.DuplicatesOf(item.Index))
                scores[duplicate] = float.NegativeInfinity;
        }

        return recommender.Select(scores, K, _ => true, 0);
    }

    /// <summary>The held-out-link queries: (history = product + other links, hidden link), in product order.
    /// </summary>
    private static (List<Query> Queries, int Skipped) HeldOutLinks(ProductCatalog catalog, int seed)
    {
        var random = new Random(seed);
        var queries = new List<Query>();
        int skipped = 0;
        for (int p = 0; p < catalog.Count; p++)
        {
            var links = catalog.AlsoBought[p].Where(l => l != p).Distinct().ToArray();
            if (links.Length < 2)
                continue;
            int hidden = links[random.Next(links.Length)];
            var history = links.Where(l => l != hidden).Prepend(p).Select(i => new HistoryItem(i)).ToArray();
            if (history.Any(h => catalog.AreDuplicates(h.Index, hidden)))
            {
                skipped++;
                continue;
            }

            queries.Add(new Query(history, [hidden], ColdStart: false));
        }

        return (queries, skipped);
    }

    // Every product with a resolved link that is not its own duplicate, queried alone with all its links hidden:
    // the graph's vector is cleared, since each of the product's edges is one of its links or their reverse.
    private static List<Query> ColdStarts(ProductCatalog catalog) =>
        [.. Enumerable.Range(0, catalog.Count)
            .Select(p => (p, Links: catalog.AlsoBought[p].Where(l => !catalog.AreDuplicates(l, p)).Distinct()
                .ToArray()))
            .Where(x => x.Links.Length > 0)
            .Select(x => new Query([new HistoryItem(x.p)], x.Links, ColdStart: true))];
}
