using ToyRec.Catalog;
using ToyRec.Content;
using ToyRec.Personal;

namespace ToyRec.Core.Tests.Personal;

public sealed class CatalogueRecommenderTests
{
    // 0 train set, 1-4 more train things, 5 a duplicate of 1 (same name and maker), 6-7 unrelated games.
    private static readonly ProductCatalog Catalog = new(
    [
        Toy("p0", "Wooden train set with track", 30, "Trains", reviews: 5),
        Toy("p1", "Wooden train engine", 8, "Trains", reviews: 50),
        Toy("p2", "Wooden train track pack", 12, "Trains", reviews: 1, stock: 0),
        Toy("p3", "Wooden train bridge", 9, "Trains", reviews: 2, ageMonths: 36),
        Toy("p4", "Wooden train station", 25, "Trains", reviews: 3, ageMonths: 60),
        Toy("p5", "Wooden train engine", 8, "Trains", reviews: 40),
        Toy("p6", "Card game for families", 10, "Games", reviews: 90),
        Toy("p7", "Board game of castles", 20, "Games", reviews: 70),
    ],
    [[7], [], [], [], [], [], [], []],
    [[], [], [], [], [], [], [], []]);

    private static readonly CatalogueRecommender Recommender =
        CatalogueRecommender.Build(Catalog, ContentIndex.Build(Catalog));

    [Fact]
    public void Recommend_HistoryAndItsDuplicatesNeverComeBack()
    {
        var result = Recommender.Recommend([new HistoryItem(0), new HistoryItem(1)], 8);

        Assert.DoesNotContain(result.Items, r => r.Index is 0 or 1 or 5);
        Assert.Equal(5, result.Items.Count);
        Assert.False(result.PopularFallback);
    }

    [Fact]
    public void Recommend_NearDuplicates_OnlyOneOfTheGroup()
    {
        var result = Recommender.Recommend([new HistoryItem(0)], 8);

        Assert.Single(result.Items, r => r.Index is 1 or 5);
        Assert.Equal(6, result.Items.Count);
    }

    [Fact]
    public void Recommend_PriceFilterRejectsTheBest_StillReturnsK()
    {
        var filter = new CandidateFilter(MinPrice: 11);

        var result = Recommender.Recommend([new HistoryItem(0)], 3, filter);

        Assert.Equal([2, 4, 7], result.Items.Select(r => r.Index).Order());
    }

    [Fact]
    public void Recommend_CoPurchaseLink_ComesFirstWithItsReason()
    {
        var result = Recommender.Recommend([new HistoryItem(0)], 1);

        Assert.Equal(7, result.Items[0].Index);
        Assert.Equal("bought together with Wooden train set with track", result.Items[0].Reason);
    }

    [Theory]
    [InlineData(0, "bought by shoppers who viewed Wooden train set with track")]
    [InlineData(6, "viewed by shoppers who then bought Card game for families")]
    public void Recommend_BoughtAfterViewingLink_SaysWhichWayItRuns(int history, string reason)
    {
        // Only a bought-after-viewing link, from p0's page to p6: shoppers who viewed p0 bought p6.
        var viewedOnly = new ProductCatalog(Catalog.Products, [.. Catalog.Products.Select(_ => Array.Empty<int>())],
            [[6], [], [], [], [], [], [], []]);
        var recommender = CatalogueRecommender.Build(viewedOnly, ContentIndex.Build(viewedOnly),
            Recommender.Options with { ContentWeight = 0, CategoryWeight = 0, PopularityWeight = 0 });

        var result = recommender.Recommend([new HistoryItem(history)], 1);

        Assert.Equal(6 - history, result.Items[0].Index);
        Assert.Equal(reason, result.Items[0].Reason);
    }

    [Fact]
    public void Recommend_EmptyHistory_PopularProductsThatPassAndSaysSo()
    {
        var result = Recommender.Recommend([], 2, new CandidateFilter(IncludeCategories: ["trains"]));

        Assert.True(result.PopularFallback);
        Assert.Equal([1, 0], result.Items.Select(r => r.Index));
        Assert.Equal("popular in Trains", result.Items[0].Reason);
    }

    [Fact]
    public void Recommend_Diversity_PullsInAnUnlikeProduct()
    {
        var plain = Recommender.Recommend([new HistoryItem(3)], 3);
        var diverse = Recommender.WithOptions(Recommender.Options with { Diversity = 0.9 })
            .Recommend([new HistoryItem(3)], 3);

        Assert.Equal(0, plain.Items.Count(r => Catalog[r.Index].Category.TopLevel == "Games"));
        Assert.True(diverse.Items.Count(r => Catalog[r.Index].Category.TopLevel == "Games") > 0,
            "expected a game among " + string.Join(", ", diverse.Items.Select(r => Catalog[r.Index].Name)));
    }

    [Fact]
    public void Recommend_ExtraCoPurchaseScorer_CanLiftAProductWithItsReason()
    {
        var withExtra = CatalogueRecommender.Build(Catalog, Recommender.Content,
            Recommender.Options with { ExtraWeight = 5 }, new LiftsOne(6, Catalog.Count));

        var result = withExtra.Recommend([new HistoryItem(3)], 1);

        Assert.Equal(6, result.Items[0].Index);
        Assert.Equal("predicted to be bought with Wooden train bridge by the co-purchase network",
            result.Items[0].Reason);
    }

    [Fact]
    public void Recommend_CategoryAffinityOutweighsTheRest_SaysTheCategory()
    {
        // The card game shares only the word "game" with the board game, and no link: the category lifts it.
        var byCategory = Recommender.WithOptions(Recommender.Options with
        {
            CategoryWeight = 5,
            PopularityWeight = 0.01,
        });

        var result = byCategory.Recommend([new HistoryItem(7)], 1);

        Assert.Equal(6, result.Items[0].Index);
        Assert.Equal("in the same category as Board game of castles (Games)", result.Items[0].Reason);
    }

    [Fact]
    public void Recommend_CategoryReason_NamesTheDeepestLevelBothShare()
    {
        Product[] products =
        [
            Toy("a", "Red dice", 2, "Games", 5) with { Category = new CategoryPath(["Games", "Dice"]) },
            Toy("b", "Castle puzzle", 9, "Games", 5) with { Category = new CategoryPath(["Games", "Cards"]) },
            Toy("c", "Blue cube", 3, "Games", 5) with { Category = new CategoryPath(["Games", "Dice"]) },
        ];
        var catalog = new ProductCatalog(products, [[], [], []], [[], [], []]);
        var recommender = CatalogueRecommender.Build(catalog, ContentIndex.Build(catalog),
            CatalogueRecommenderOptions.Default with { CategoryWeight = 5, PopularityWeight = 0.01 });

        var result = recommender.Recommend([new HistoryItem(0)], 2);

        Assert.Equal([2, 1], result.Items.Select(r => r.Index));
        Assert.Equal("in the same category as Red dice (Dice)", result.Items[0].Reason);
        Assert.Equal("in the same category as Red dice (Games)", result.Items[1].Reason);
    }

    [Fact]
    public void Recommend_LinkedProductTheExtraScorerAlsoLifts_KeepsTheLinkAsItsReason()
    {
        // The network's 5 outweighs the graph's 1 for p7, but p7 is an observed co-purchase of p0.
        var withExtra = CatalogueRecommender.Build(Catalog, Recommender.Content,
            Recommender.Options with { ExtraWeight = 5 }, new LiftsOne(7, Catalog.Count));

        var result = withExtra.Recommend([new HistoryItem(0)], 1);

        Assert.Equal(7, result.Items[0].Index);
        Assert.Equal("bought together with Wooden train set with track", result.Items[0].Reason);
    }

    [Fact]
    public void Recommend_WeakExtraScore_KeepsItsScaleBelowAnObservedLink()
    {
        // The scorer's only guess for p6 is 0.05 of its surest: 4 · 0.05 = 0.2, under the graph's 1 · 1 for p7
        // (scaled to its query maximum); divided by its own maximum the guess would have scored 4.
        var withExtra = CatalogueRecommender.Build(Catalog, Recommender.Content,
            Recommender.Options with { ExtraWeight = 4 }, new LiftsOne(6, Catalog.Count, 0.05f));

        var result = withExtra.Recommend([new HistoryItem(0)], 8);
        var without = withExtra.WithOptions(withExtra.Options with { ExtraWeight = 0 }).Recommend(
            [new HistoryItem(0)], 8);

        Assert.Equal(7, result.Items[0].Index);
        Tolerance.Equal(4 * 0.05, result.Items.Single(r => r.Index == 6).Score -
            without.Items.Single(r => r.Index == 6).Score, 1e-6);
    }

    [Theory]
    [InlineData(36, new[] { 3 })]
    [InlineData(12, new int[0])]
    [InlineData(72, new[] { 3, 4 })]
    public void Accepts_ChildAge_OnlyProductsWithAStatedMinimumAtMostTheAge(int ageMonths, int[] expected)
    {
        var filter = new CandidateFilter(ChildAgeMonths: ageMonths);

        var accepted = Enumerable.Range(0, Catalog.Count).Where(i => filter.Accepts(Catalog[i], i));

        Assert.Equal(expected, accepted);
    }

    [Fact]
    public void Accepts_PriceBound_ImputedPriceIsNotAStatedPrice()
    {
        var stated = Toy("s", "Stated", 5, "Games", 1);
        var imputed = stated with { PriceSource = PriceImputation.CategoryPath };
        var filter = new CandidateFilter(MaxPrice: 10);

        Assert.True(filter.Accepts(stated, 0));
        Assert.False(filter.Accepts(imputed, 0));
        Assert.True(CandidateFilter.None.Accepts(imputed, 0));
    }

    [Theory]
    [InlineData("Dice")]
    [InlineData("games > dice")]
    [InlineData("Games>Dice")]
    public void Accepts_CategoryFilter_AnyLevelOrTheWholePathSpacedOrNot(string category)
    {
        var dice = Toy("d", "Red dice", 2, "Games", 1) with { Category = new CategoryPath(["Games", "Dice"]) };
        var filter = new CandidateFilter(IncludeCategories: [category]);

        Assert.True(filter.Accepts(dice, 0));
        Assert.False(new CandidateFilter(IncludeCategories: ["Games>Cards"]).Accepts(dice, 0));
    }

    [Fact]
    public void Accepts_StockCategoriesAndExclusions()
    {
        var filter = new CandidateFilter(InStockOnly: true, ExcludeCategories: ["GAMES"], ExcludeProducts: [4]);

        var accepted = Enumerable.Range(0, Catalog.Count).Where(i => filter.Accepts(Catalog[i], i));

        Assert.Equal([0, 1, 3, 5], accepted);
    }

    [Fact]
    public void Weight_CoPurchaseGraph_ForwardReverseAndDamping()
    {
        var graph = CoPurchaseGraph.Build(Catalog, reverse: 0.5, viewed: 0.5);

        // 0 → 7 forward (1) and 7 → 0 in reverse (0.5); each row has one link, damped by √2.
        Tolerance.Equal(1 / Math.Sqrt(2), graph.Weight(0, 7), 1e-6);
        Tolerance.Equal(0.5 / Math.Sqrt(2), graph.Weight(7, 0), 1e-6);
        Tolerance.Equal(0, graph.Weight(0, 6));
    }

    [Fact]
    public void Recommend_LongHistory_AsksTheScorerToBatchItFirst()
    {
        var scorer = new CountsCalls(Catalog.Count);
        var recommender = CatalogueRecommender.Build(Catalog, ContentIndex.Build(Catalog), extra: scorer);

        recommender.Recommend([new HistoryItem(0), new HistoryItem(3), new HistoryItem(6)], 3);
        recommender.Recommend([new HistoryItem(2)], 3);

        // One product needs no batch; the reasons ask for the history's scores again (a real scorer keeps them).
        Assert.Equal([[0, 3, 6]], scorer.Prepared);
        Assert.Equal([0, 2, 3, 6], scorer.Scored.Distinct().Order());
    }

    private sealed class CountsCalls(int count) : ICoPurchaseScorer
    {
        public List<int[]> Prepared { get; } = [];

        public List<int> Scored { get; } = [];

        public void Prepare(IReadOnlyCollection<int> productIndices) => Prepared.Add([.. productIndices]);

        public float[] Score(int productIndex)
        {
            Scored.Add(productIndex);
            return new float[count];
        }
    }

    private sealed class LiftsOne(int product, int count, float score = 1) : ICoPurchaseScorer
    {
        public float[] Score(int productIndex)
        {
            var scores = new float[count];
            scores[product] = score;
            return scores;
        }
    }

    [Fact]
    public void ReasonTextShort_LongName_CutsWithAnEllipsisNeverInsideAnEmoji()
    {
        string emoji = new string('A', 58) + "\U0001F600\U0001F600";

        Assert.Equal(new string('A', 58) + "…", ReasonText.Short(emoji));
        Assert.Equal(new string('B', 59) + "…", ReasonText.Short(new string('B', 70)));
        Assert.Equal(new string('C', 60), ReasonText.Short(new string('C', 60)));
    }

    private static Product Toy(string id, string name, decimal price, string category, int reviews, int stock = 3,
        int? ageMonths = null) => new()
        {
            Id = id,
            Name = name,
            Manufacturer = "Acme",
            Price = PriceRange.Single(price),
            Stock = new StockLevel(stock, StockCondition.New),
            ReviewCount = reviews,
            Category = new CategoryPath([category]),
            MinimumAgeMonths = ageMonths,
        };
}
