using ToyRec.Catalog;
using ToyRec.Content;
using ToyRec.Personal;

namespace ToyRec.Core.Tests.Personal;

public sealed class HistoryWeightsTests
{
    // 0 links to 2 (weight 1 / √2 after damping); 1 is unlinked; 2 and 3 are other products.
    private static readonly ProductCatalog Catalog = new(
    [
        Toy("p0", "Wooden train set"),
        Toy("p1", "Card game for families"),
        Toy("p2", "Train bridge"),
        Toy("p3", "Board game of castles"),
    ],
    [[2], [], [], []],
    [[], [], [], []]);

    private static readonly CatalogueRecommender GraphOnly = CatalogueRecommender.Build(Catalog,
        ContentIndex.Build(Catalog), new CatalogueRecommenderOptions(0, 1, 0, 0, 0, ScaleToQueryMax: false));

    [Fact]
    public void Recency_ThreeItems_NewestWeighsOneOlderOnesDecayTimesTheirWeight()
    {
        HistoryItem[] history = [new(5), new(6, 2), new(7)];

        var weighted = HistoryWeights.Recency(history, 0.5);

        // Positions 0, 1, 2 of 3: 0.5² · 1, 0.5 · 2, 1 · 1.
        Assert.Equal([5, 6, 7], weighted.Select(h => h.Index));
        Assert.Equal([0.25f, 1f, 1f], weighted.Select(h => h.Weight));
    }

    [Fact]
    public void Recency_DecayOne_KeepsTheWeights()
    {
        HistoryItem[] history = [new(1, 3), new(2)];

        Assert.Equal(history, HistoryWeights.Recency(history, 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Recency_DecayOutsideZeroToOne_Throws(double decay)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => HistoryWeights.Recency([new(0)], decay));

        Assert.StartsWith("The recency decay must be in (0, 1].", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_OrderedHistory_TheNewerProductsLinkScoresMore()
    {
        // score(2) = w(0) · G(0, 2) = w(0) / √2; the card game adds nothing.
        var zeroNewest = GraphOnly.Recommend(HistoryWeights.Recency([new(1), new(0)], 0.5), 1);
        var zeroOldest = GraphOnly.Recommend(HistoryWeights.Recency([new(0), new(1)], 0.5), 1);

        Assert.Equal(2, zeroNewest.Items[0].Index);
        Tolerance.Equal(1 / Math.Sqrt(2), zeroNewest.Items[0].Score, 1e-6);
        Assert.Equal(2, zeroOldest.Items[0].Index);
        Tolerance.Equal(0.5 / Math.Sqrt(2), zeroOldest.Items[0].Score, 1e-6);
    }

    [Fact]
    public void Recommend_ScaleToQueryMax_BestCandidateOfASignalScoresItsWeight()
    {
        var raw = GraphOnly.WithOptions(new CatalogueRecommenderOptions(0, 2, 0, 0, 0, ScaleToQueryMax: false));
        var scaled = raw.WithOptions(raw.Options with { ScaleToQueryMax = true });

        // Raw: 2 · G(0, 2) = 2 / √2. Scaled: G divided by its largest value over the candidates (itself), times 2.
        Tolerance.Equal(2 / Math.Sqrt(2), raw.Recommend([new(0)], 1).Items[0].Score, 1e-6);
        Tolerance.Equal(2, scaled.Recommend([new(0)], 1).Items[0].Score, 1e-6);
    }

    [Fact]
    public void Recommend_ScaleToQueryMax_HistoryItselfDoesNotSetTheMaximum()
    {
        // Content alone: the history product is most similar to itself (cosine 1), but only candidates count, so the
        // best candidate scores exactly the content weight.
        var contentOnly = GraphOnly.WithOptions(new CatalogueRecommenderOptions(0.25, 0, 0, 0, 0,
            ScaleToQueryMax: true));

        var top = contentOnly.Recommend([new(0)], 1).Items[0];

        Assert.Equal(2, top.Index);
        Tolerance.Equal(0.25, top.Score, 1e-6);
    }

    private static Product Toy(string id, string name) => new()
    {
        Id = id,
        Name = name,
        Manufacturer = "Acme",
        ReviewCount = 1,
        Category = new CategoryPath(["Toys"]),
    };
}
