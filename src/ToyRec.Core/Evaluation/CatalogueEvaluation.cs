using ToyRec.Catalog;
using ToyRec.Neural;
using ToyRec.Personal;

namespace ToyRec.Evaluation;

/// <summary>
/// Held-out-link evaluation of <see cref="CatalogueRecommender"/>: every product with two or more resolved
/// "also bought" links hides one (drawn with the seed), and the product plus its other links form the history;
/// the hidden product (or an exact duplicate of it) should come back in the top 10. Queries are parted by the
/// co-purchase network's split (<see cref="CoPurchaseSplit"/>) of their product, because the network learned the
/// links of its training products as labels: the network's weight is chosen on queries whose product is in the
/// network's validation part, the other weights (with the network off) on every query outside its test part, and
/// the figures are reported on the queries whose product is in the test part.
/// </summary>
/// <remarks>
/// <para>HR@10 and NDCG@10 of the held-out links (<see cref="RankingMetrics.HitAt"/>,
/// <see cref="RankingMetrics.NdcgAt"/>; with one relevant product at rank r, [r &lt; 10] and 1 / log2(r + 2)) for
/// <c>toyrec</c>,
/// <c>content</c> (content similarity alone), <c>co-purchase-graph</c> (the graph alone), <c>co-purchase-network</c>
/// (the network alone, when there is one) and <c>popularity</c>, variant <c>catalogue</c>. The hidden link is
/// removed from the graph in both directions for its query. Queries whose hidden product duplicates a history
/// product are skipped and counted. The history's other products may be training products of the network, whose
/// learned labels can include the hidden product; the graph holds the same links, so this is no more than the
/// graph already knows.</para>
/// <para>Each weighting is scored by the mean NDCG@10 of two query sets: the held-out links, and cold starts
/// (products with a resolved link queried alone with all their links hidden, so the graph is silent, every linked
/// product relevant), which stand for the many products without links. The grid compares raw signals with signals
/// scaled to their largest value over the query's candidates
/// (<see cref="CatalogueRecommenderOptions.ScaleToQueryMax"/>), and the details give the best of each and the
/// cold starts' test figures.</para>
/// </remarks>
public static partial class CatalogueEvaluation
{
    /// <summary>The variant name.</summary>
    public const string Variant = "catalogue";

    /// <summary>The network weights tried on the network's validation queries (ties keep the smaller).</summary>
    public static readonly double[] NetworkWeights = [0, 0.1, 0.25, 0.5, 1, 2, 4, 8, 16];

    private const int K = 10;

    /// <summary>
    /// Runs the evaluation; <paramref name="parts"/> is the network's split (from its
    /// <see cref="CoPurchaseModel.Holdout"/>), or the split a network trained with the seed would have when the
    /// recommender has none. Returns the figures and the details for the personal result; with no held-out link in
    /// the test part there is nothing to report, and the figures are empty with the reason under <c>skipped</c>.
    /// </summary>
    public static (IReadOnlyList<MetricValue> Metrics, IReadOnlyDictionary<string, object?> Details) Run(
        CatalogueRecommender recommender, CoPurchaseSplit parts, int seed, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(recommender);
        ArgumentNullException.ThrowIfNull(parts);
        var catalog = recommender.Catalog;
        bool network = recommender.HasExtra;
        var (links, skipped) = HeldOutLinks(catalog, seed);
        var cold = ColdStarts(catalog);
        var test = parts.Test.ToHashSet();
        var validation = parts.Validation.ToHashSet();
        List<Query> Part(List<Query> queries, Func<int, bool> product) =>
            [.. queries.Where(q => product(q.History[0].Index))];
        int testLinks = Part(links, test.Contains).Count;
        if (testLinks == 0)
        {
            // Zeroes would read as a model that finds nothing; with nothing to measure there are no figures.
            string reason = links.Count == 0
                ? "the catalogue has no resolved link to hold out"
                : $"none of the {links.Count} held-out links belongs to a product in the network's test part " +
                    $"({parts.Test.Length} {(parts.Test.Length == 1 ? "product" : "products")})";
            progress?.Report($"Catalogue: skipped, {reason}.");
            return ([], new Dictionary<string, object?>
            {
                [EvaluationResult.SkippedKey] = reason,
                ["heldOutLinks"] = links.Count,
                ["skippedDuplicateTargets"] = skipped,
                ["coldStarts"] = cold.Count,
            });
        }

        var grid = Grid();
        var linked = Score(recommender, Part(links, p => !test.Contains(p)), grid, withExtra: false);
        var coldTuning = Score(recommender, Part(cold, p => !test.Contains(p)), grid, withExtra: false);
        int best = Best(linked, coldTuning, _ => true);
        int bestRaw = Best(linked, coldTuning, g => !grid[g].ScaleToQueryMax);
        int bestScaled = Best(linked, coldTuning, g => grid[g].ScaleToQueryMax);
        var chosen = grid[best];
        progress?.Report($"Catalogue: {links.Count} held-out links and {cold.Count} cold starts, of which " +
            $"{linked[0].Queries} and {coldTuning[0].Queries} are outside the network's test part and tune the " +
            $"weights; validation chose content {chosen.ContentWeight}, " +
            $"category {chosen.CategoryWeight}, popularity {chosen.PopularityWeight}, scaled " +
            $"{chosen.ScaleToQueryMax} (mean NDCG@10 {Mean(linked, coldTuning, best):0.0000}; best raw " +
            $"{Mean(linked, coldTuning, bestRaw):0.0000}, best scaled {Mean(linked, coldTuning, bestScaled):0.0000})");

        Figures[]? networkLinked = null, networkCold = null;
        if (network)
        {
            var weights = NetworkWeights.Select(w => chosen with { ExtraWeight = w }).ToList();
            networkLinked = Score(recommender, Part(links, validation.Contains), weights, withExtra: true);
            networkCold = Score(recommender, Part(cold, validation.Contains), weights, withExtra: true);
            chosen = weights[Best(networkLinked, networkCold, _ => true)];
            progress?.Report($"Catalogue: network weight {chosen.ExtraWeight} chosen on the " +
                $"{networkLinked[0].Queries} held-out links and {networkCold[0].Queries} cold starts of the " +
                "network's validation part");
        }
        else
        {
            chosen = chosen with { ExtraWeight = 0 };
        }

        var (systems, names) = Systems(chosen, network);
        var reported = Score(recommender, Part(links, test.Contains), systems, withExtra: network);
        var reportedCold = Score(recommender, Part(cold, test.Contains), systems, withExtra: network);
        var metrics = new List<MetricValue>();
        for (int s = 0; s < systems.Count; s++)
        {
            if (names[s] == WithoutNetwork)
                continue;
            metrics.Add(new MetricValue("HR@10", Variant, names[s], reported[s].HrAt10));
            metrics.Add(new MetricValue("NDCG@10", Variant, names[s], reported[s].NdcgAt10));
        }

        var details = new Dictionary<string, object?>
        {
            ["queriesCounted"] = "weights other than the network's: queries whose product is not in the network's " +
                "test part, network off; network weight: queries whose product is in its validation part; " +
                "reported: queries whose product is in its test part. Chosen by the mean NDCG@10 of the held-out " +
                "links and the cold starts",
            ["heldOutLinks"] = links.Count,
            ["skippedDuplicateTargets"] = skipped,
            ["coldStarts"] = cold.Count,
            ["tuningQueries"] = new { heldOutLinks = linked[0].Queries, coldStarts = coldTuning[0].Queries },
            ["networkValidationQueries"] = networkLinked is null ? null
                : new { heldOutLinks = networkLinked[0].Queries, coldStarts = networkCold![0].Queries },
            ["testQueries"] = new { heldOutLinks = reported[0].Queries, coldStarts = reportedCold[0].Queries },
            ["network"] = network,
            ["chosen"] = chosen,
            ["test"] = names.Select((n, s) => (n, s)).ToDictionary(x => x.n, x => (object)new
            {
                heldOutLinks = reported[x.s],
                coldStarts = reportedCold[x.s],
            }),
            ["bestRaw"] = Row(grid[bestRaw], linked[bestRaw], coldTuning[bestRaw]),
            ["bestScaled"] = Row(grid[bestScaled], linked[bestScaled], coldTuning[bestScaled]),
            ["networkWeights"] = networkLinked?.Select((m, i) => new
            {
                weight = NetworkWeights[i],
                heldOutLinks = m,
                coldStarts = networkCold![i],
            }).ToList(),
            ["validationGrid"] = grid.Select((g, i) => Row(g, linked[i], coldTuning[i])).ToList(),
        };
        return (metrics, details);
    }

    private const string WithoutNetwork = "toyrec-without-network";

    // The weights tried on the tuning queries, network off; the co-purchase graph's weight is the unit.
    private static List<CatalogueRecommenderOptions> Grid() =>
        [.. from scaled in new[] { false, true }
            from content in new[] { 0.1, 0.25, 0.5, 1 }
            from category in new[] { 0, 0.1, 0.3 }
            from popularity in new[] { 0, 0.02, 0.05, 0.1, 0.2 }
            select new CatalogueRecommenderOptions(content, 1, category, 0, popularity, ScaleToQueryMax: scaled)];

    private static (List<CatalogueRecommenderOptions> Systems, List<string> Names) Systems(
        CatalogueRecommenderOptions chosen, bool network)
    {
        var systems = new List<CatalogueRecommenderOptions>
        {
            chosen, new(1, 0, 0, 0, 0), new(0, 1, 0, 0, 0), new(0, 0, 0, 0, 1),
        };
        var names = new List<string> { "toyrec", "content", "co-purchase-graph", "popularity" };
        if (network)
        {
            systems.AddRange([new(0, 0, 0, 1, 0), chosen with { ExtraWeight = 0 }]);
            names.AddRange(["co-purchase-network", WithoutNetwork]);
        }

        return (systems, names);
    }

    private static double Mean(Figures[] linked, Figures[] cold, int g) => (linked[g].NdcgAt10 + cold[g].NdcgAt10) / 2;

    // The first best by mean NDCG@10 over the two query sets among the rows that pass (grid order breaks ties).
    private static int Best(Figures[] linked, Figures[] cold, Func<int, bool> include)
    {
        int best = -1;
        for (int g = 0; g < linked.Length; g++)
        {
            if (include(g) && (best < 0 || Mean(linked, cold, g) > Mean(linked, cold, best)))
                best = g;
        }

        return best;
    }

    private static object Row(CatalogueRecommenderOptions g, Figures linked, Figures cold) => new
    {
        g.ContentWeight,
        g.CategoryWeight,
        g.PopularityWeight,
        g.ScaleToQueryMax,
        heldOutLinks = new { linked.NdcgAt10, linked.HrAt10 },
        coldStarts = new { cold.NdcgAt10, cold.HrAt10 },
    };
}
