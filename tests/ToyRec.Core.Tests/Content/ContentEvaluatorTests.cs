using ToyRec.Catalog;
using ToyRec.Content;
using ToyRec.Evaluation;
using ToyRec.Text;

namespace ToyRec.Core.Tests.Content;

public sealed class ContentEvaluatorTests
{
    // Names only, words only, so the neighbour lists can be worked out by hand:
    // a "red dice" → [b, d]; b "red dice cup" → [a, d]; c "blue cards" → []; d "red train" → [a, b].
    private static readonly ProductCatalog Catalog = TestCatalogs.Clean(TestCatalogs.Csv(
        TestCatalogs.Row("a", "Red dice", "Games > Dice", reviews: "1", alsoBought: TestCatalogs.Link("Blue-Cards")),
        TestCatalogs.Row("b", "Red dice cup", "Games > Dice", reviews: "2"),
        TestCatalogs.Row("c", "Blue cards", "Games > Cards", reviews: "3"),
        TestCatalogs.Row("d", "Red train", "Hobbies > Trains", reviews: "4"))).Catalog;

    private static readonly EvaluationResult Result = ContentEvaluator.Evaluate(Catalog,
        new ContentEvaluationOptions(K: 2)
        {
            Candidates = [new ContentOptions(1, 0, 0, 0, 0, 0, 0, 0) { TfIdf = new TfIdfOptions() }],
            LinkedNameWeights = [],
        });

    [Fact]
    public void Evaluate_SameTopLevel_HandComputed()
    {
        // a and b each hit once at rank 1 of 2 with R = 2; c gets no neighbour; d is alone in Hobbies (left out).
        Tolerance.Equal(1.0 / 3, Value("P@2", "same-top-level-all", "toyrec"));
        Tolerance.Equal(1.0 / 3, Value("MAP@2", "same-top-level-all", "toyrec"));
        Tolerance.Equal(2.0 / 3, Value("MAP@2-lenient", "same-top-level-all", "toyrec"));
    }

    [Fact]
    public void Evaluate_SamePath_StrictApDividesByMinOfKAndR()
    {
        // a and b: one hit at rank 1, R = 1, so AP = 1 while P@2 = 0.5; c and d have R = 0 and are left out.
        Tolerance.Equal(0.5, Value("P@2", "same-path-all", "toyrec"));
        Tolerance.Equal(1.0, Value("MAP@2", "same-path-all", "toyrec"));
    }

    [Fact]
    public void Evaluate_CoPurchase_OnlyQueriesWithResolvedLinksCount()
    {
        // Only a has a resolved link (to c), and c is not among a's neighbours.
        Tolerance.Equal(0, Value("MAP@2-lenient", "co-purchase-all", "toyrec"));
        var counts = (IReadOnlyDictionary<string, QueryCount>)Result.Details["queriesPerVariant"]!;
        Assert.Equal(new QueryCount(1, 3), counts["co-purchase-all"]);
    }

    [Fact]
    public void Evaluate_PopularityBaseline_MostReviewedExcludingTheQuery()
    {
        // d and c are the most reviewed: for a, b and c the list holds one Games product at rank 2.
        Tolerance.Equal(0.5, Value("P@2", "same-top-level-all", "popularity"));
        Tolerance.Equal(0.25, Value("MAP@2", "same-top-level-all", "popularity"));
        Tolerance.Equal(0.5, Value("MAP@2-lenient", "same-top-level-all", "popularity"));
    }

    [Fact]
    public void Evaluate_ReportsEveryContractName()
    {
        string[] variants = ["same-top-level", "same-path", "co-purchase", "same-top-level-all", "same-path-all",
            "co-purchase-all"];
        foreach (string system in new[] { "toyrec", "text-only", "random", "popularity" })
        {
            foreach (string variant in variants)
            {
                foreach (string metric in new[] { "P@2", "MAP@2", "MAP@2-lenient" })
                    Assert.NotNull(Result.Find(metric, variant, system));
            }
        }
    }

    [Fact]
    public void Evaluate_LinkedNames_HelpTheCategoryRelevancesButNeverGradeCoPurchase()
    {
        // Text only, a "red dice" finds only b "red train" (another category) and c "blue cards" finds nothing.
        // With a's link slug "Blue-Cards" in its text, a and c find each other (same path), so validation (seed 2
        // puts a and c in the validation half) takes the linked setting for the category relevances. a's resolved
        // link is c, which the linked setting ranks first: the co-purchase figures must stay text-only's (0).
        var catalog = TestCatalogs.Clean(TestCatalogs.Csv(
            TestCatalogs.Row("a", "Red dice", "Games > Dice", alsoBought: TestCatalogs.Link("Blue-Cards")),
            TestCatalogs.Row("b", "Red train", "Hobbies > Trains"),
            TestCatalogs.Row("c", "Blue cards", "Games > Dice"),
            TestCatalogs.Row("d", "Green train", "Hobbies > Trains"))).Catalog;
        var result = ContentEvaluator.Evaluate(catalog, new ContentEvaluationOptions(K: 2, Seed: 2)
        {
            Candidates = [new ContentOptions(1, 0, 0, 0, 0, 0, 0, 0) { TfIdf = new TfIdfOptions() }],
            LinkedNameWeights = [1],
        });

        var chosen = (IReadOnlyDictionary<string, string>)result.Protocol["chosenOptions"]!;
        Assert.EndsWith("linked names 1", chosen["toyrec (category relevances)"]);
        Assert.EndsWith("linked names 0", chosen["text-only"]);
        Assert.True(result.Find("P@2", "same-top-level-all", "toyrec") >
            result.Find("P@2", "same-top-level-all", "text-only"));
        Assert.Equal(0, result.Find("MAP@2", "co-purchase-all", "toyrec"));
        Assert.Equal(0, result.Find("MAP@2", "co-purchase-all", "text-only"));
    }

    private static double Value(string metric, string variant, string system) =>
        Result.Find(metric, variant, system) ?? throw new InvalidOperationException($"{metric} {variant} {system}");
}
