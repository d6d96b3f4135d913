using ToyRec.Content;
using ToyRec.Evaluation;
using ToyRec.Personal;

namespace ToyRec.Core.Tests.Evaluation;

public sealed class CatalogueEvaluationTests
{
    [Fact]
    public void Run_NoProductWithTwoResolvedLinks_GivesNoFiguresAndTheReason()
    {
        var (catalog, _) = TestCatalogs.Clean(TestCatalogs.Csv(
            TestCatalogs.Row("a", "Red dice", alsoBought: TestCatalogs.Link("Blue-Cards")),
            TestCatalogs.Row("b", "Blue cards")));
        var recommender = CatalogueRecommender.Build(catalog, ContentIndex.Build(catalog));

        var (metrics, details) = CatalogueEvaluation.Run(recommender, seed: 1);

        Assert.Empty(metrics);
        Assert.Equal(0, details["queries"]);
        Assert.Equal("0 held-out links (products with two or more resolved also-bought links); at least 2 are " +
            "needed, one for each half", details["skipped"]);
    }
}
