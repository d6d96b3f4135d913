using ToyRec.Catalog;
using ToyRec.Personal;

namespace ToyRec.Evaluation;

/// <summary>
/// Held-out-link evaluation of <see cref="CatalogueRecommender"/>: every product with two or more resolved
/// "also bought" links hides one (drawn with the seed), and the product plus its other links form the history;
/// the hidden product (or an exact duplicate of it) should come back in the top 10. Blend weights are chosen on a
/// seeded validation half of the queries and reported on the other half.
/// </summary>
/// <remarks>
/// HR@10 and NDCG@10 (one relevant product, <see cref="LeaveOneOutMetrics"/>) for <c>toyrec</c>, <c>content</c>
/// (content similarity alone), <c>co-purchase-graph</c> (the graph alone) and <c>popularity</c>, variant
/// <c>catalogue</c>. The hidden link is removed from the graph in both directions for its query. Queries whose
/// hidden product duplicates a history product are skipped and counted.
/// </remarks>
public static class CatalogueEvaluation
{
    /// <summary>The variant name.</summary>
    public const string Variant = "catalogue";

    private const int K = 10;

    /// <summary>Runs the evaluation; returns the figures and the details for the personal result.</summary>
    public static (IReadOnlyList<MetricValue> Metrics, IReadOnlyDictionary<string, object?> Details) Run(
        CatalogueRecommender recommender, int seed, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(recommender);
        var catalog = recommender.Catalog;
        var (queries, skipped) = Queries(catalog, seed);
        var halves = SeededShuffle.Split(queries.Count, seed, 0.5);
        var grid = (from content in new[] { 0.1, 0.25, 0.5, 1 }
                    from category in new[] { 0, 0.1, 0.3 }
                    from popularity in new[] { 0, 0.02, 0.05, 0.1, 0.2 }
                    select new CatalogueRecommenderOptions(content, 1, category, 0, popularity)).ToList();
        var validationRanks = Ranks(recommender, halves[0].Select(i => queries[i]).ToList(), grid);
        var validation = validationRanks.Select(r => LeaveOneOutMetrics.FromRanks(r)).ToList();
        int best = 0;
        for (int g = 1; g < grid.Count; g++)
        {
            if (validation[g].NdcgAt10 > validation[best].NdcgAt10)
                best = g;
        }

        var chosen = grid[best] with { ExtraWeight = recommender.Options.ExtraWeight };
        progress?.Report($"Catalogue: {queries.Count} held-out links; validation chose content " +
            $"{chosen.ContentWeight}, " +
            $"category {chosen.CategoryWeight}, popularity {chosen.PopularityWeight} " +
            $"(NDCG@10 {validation[best].NdcgAt10:0.0000})");
        CatalogueRecommenderOptions[] systems =
        [
            chosen,
            new(1, 0, 0, 0, 0),
            new(0, 1, 0, 0, 0),
            new(0, 0, 0, 0, 1),
        ];
        string[] names = ["toyrec", "content", "co-purchase-graph", "popularity"];
        var testRanks = Ranks(recommender, halves[1].Select(i => queries[i]).ToList(), systems);
        var metrics = new List<MetricValue>();
        for (int s = 0; s < systems.Length; s++)
        {
            var m = LeaveOneOutMetrics.FromRanks(testRanks[s]);
            metrics.Add(new MetricValue("HR@10", Variant, names[s], m.HitRateAt10));
            metrics.Add(new MetricValue("NDCG@10", Variant, names[s], m.NdcgAt10));
        }

        var details = new Dictionary<string, object?>
        {
            ["queries"] = queries.Count,
            ["validationQueries"] = halves[0].Length,
            ["testQueries"] = halves[1].Length,
            ["skippedDuplicateTargets"] = skipped,
            ["chosen"] = chosen,
            ["validationGrid"] = grid.Select((g, i) => new
            {
                g.ContentWeight,
                g.CategoryWeight,
                g.PopularityWeight,
                ndcgAt10 = validation[i].NdcgAt10,
                hrAt10 = validation[i].HitRateAt10,
            }).ToList(),
        };
        return (metrics, details);
    }

    /// <summary>The queries: (product, hidden link, history = product + other links), in product order.</summary>
    internal static (List<(int Hidden, HistoryItem[] History)> Queries, int Skipped) Queries(ProductCatalog catalog,
        int seed)
    {
        var random = new Random(seed);
        var queries = new List<(int, HistoryItem[])>();
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

            queries.Add((hidden, history));
        }

        return (queries, skipped);
    }

    // Per system, per query, the 0-based rank of the hidden product in the top 10 (K when it is not there).
    private static int[][] Ranks(CatalogueRecommender recommender,
        IReadOnlyList<(int Hidden, HistoryItem[] History)> queries, IReadOnlyList<CatalogueRecommenderOptions> systems)
    {
        var catalog = recommender.Catalog;
        var ranks = systems.Select(_ => new int[queries.Count]).ToArray();
        Parallel.For(0, queries.Count, q =>
        {
            var (hidden, history) = queries[q];
            var signals = recommender.Signals(history, history[0].Index, hidden);
            for (int s = 0; s < systems.Count; s++)
            {
                var scores = CatalogueRecommender.Blend(signals, systems[s]);
                foreach (var item in history)
                {
                    scores[item.Index] = float.NegativeInfinity;
                    foreach (int duplicate in catalog.DuplicatesOf(item.Index))
                        scores[duplicate] = float.NegativeInfinity;
                }

                var top = recommender.Select(scores, K, _ => true, 0);
                int at = Array.FindIndex(top, i => catalog.AreDuplicates(i, hidden));
                ranks[s][q] = at < 0 ? K : at;
            }
        });
        return ranks;
    }
}
