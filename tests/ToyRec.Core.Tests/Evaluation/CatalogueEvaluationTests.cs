using System.Text.Json;
using ToyRec.Catalog;
using ToyRec.Content;
using ToyRec.Evaluation;
using ToyRec.Neural;
using ToyRec.Personal;

namespace ToyRec.Core.Tests.Evaluation;

public sealed class CatalogueEvaluationTests
{
    // Products 0-5 each link to the next two (mod 6), so every one has two resolved links and is a held-out-link
    // query; products 6 and 7 have no links. Names share words in pairs so content has something to find.
    private static readonly ProductCatalog Catalog = new(
        [.. Enumerable.Range(0, 8).Select(i => new Product
        {
            Id = $"p{i}",
            Name = $"Toy {(char)('a' + i / 2)} set {i}",
            ReviewCount = i,
            AlsoBought = i < 6
                ? [new ProductLink($"Toy-{(i + 1) % 6}", null), new ProductLink($"Toy-{(i + 2) % 6}", null)]
                : [],
        })],
        [.. Enumerable.Range(0, 8).Select(i => i < 6 ? new[] { (i + 1) % 6, (i + 2) % 6 } : [])],
        [.. Enumerable.Range(0, 8).Select(_ => Array.Empty<int>())]);

    [Fact]
    public void Run_NetworkParts_ReportsOnlyTestQueriesAndTunesTheNetworkOnValidationOnes()
    {
        var recommender = CatalogueRecommender.Build(Catalog, ContentIndex.Build(Catalog),
            extra: new Uniform(Catalog.Count));
        var parts = new CoPurchaseSplit([0, 1, 2], [3], [4, 5]);

        var (metrics, details) = CatalogueEvaluation.Run(recommender, parts, seed: 1);

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(details));
        var root = json.RootElement;
        Assert.Equal(6, root.GetProperty("heldOutLinks").GetInt32());
        Assert.Equal(4, root.GetProperty("tuningQueries").GetProperty("heldOutLinks").GetInt32());
        Assert.Equal(1, root.GetProperty("networkValidationQueries").GetProperty("heldOutLinks").GetInt32());
        Assert.Equal(2, root.GetProperty("testQueries").GetProperty("heldOutLinks").GetInt32());
        Assert.Equal(2, root.GetProperty("testQueries").GetProperty("coldStarts").GetInt32());
        Assert.Equal(CatalogueEvaluation.NetworkWeights.Length, root.GetProperty("networkWeights").GetArrayLength());
        Assert.Equal(["toyrec", "content", "co-purchase-graph", "popularity", "co-purchase-network"],
            metrics.Select(m => m.System).Distinct());
        Assert.All(metrics, m => Assert.Equal(CatalogueEvaluation.Variant, m.Variant));
    }

    [Fact]
    public void Run_NoNetwork_NoNetworkSystemAndItsWeightIsZero()
    {
        var recommender = CatalogueRecommender.Build(Catalog, ContentIndex.Build(Catalog));

        var (metrics, details) = CatalogueEvaluation.Run(recommender, new CoPurchaseSplit([0, 1, 2, 3], [], [4, 5]),
            seed: 1);

        Assert.DoesNotContain(metrics, m => m.System == "co-purchase-network");
        Assert.False((bool)details["network"]!);
        Assert.Equal(0, ((CatalogueRecommenderOptions)details["chosen"]!).ExtraWeight);
        Assert.Null(details["networkWeights"]);
    }

    [Fact]
    public void Run_NoHeldOutLinkInTestPart_NoFiguresAndTheReason()
    {
        var recommender = CatalogueRecommender.Build(Catalog, ContentIndex.Build(Catalog));

        // Products 6 and 7 have no links, so a test part of only them holds no held-out link.
        var parts = new CoPurchaseSplit([0, 1, 2, 3, 4, 5], [], [6, 7]);

        var (metrics, details) = CatalogueEvaluation.Run(recommender, parts,
            seed: 1);

        Assert.Empty(metrics);
        Assert.Equal(6, details["heldOutLinks"]);
        Assert.Contains("none of the 6 held-out links", (string)details["skipped"]!);
    }

    // Every product scores the same for every query: a network that knows nothing.
    private sealed class Uniform(int count) : ICoPurchaseScorer
    {
        public float[] Score(int productIndex) => [.. Enumerable.Repeat(1f, count)];
    }
}
