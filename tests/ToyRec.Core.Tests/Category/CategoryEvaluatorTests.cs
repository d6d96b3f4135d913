using ToyRec.Catalog;
using ToyRec.Category;

namespace ToyRec.Core.Tests.Category;

public sealed class CategoryEvaluatorTests
{
    [Fact]
    public void Evaluate_ToyCatalogue_BothVariantsBesideMajority()
    {
        // 15 dice games, 12 trains and 3 balloons (folded into Other): 6 test products, 3 + 2 + 1 by class.
        var rows = Enumerable.Range(0, 15).Select(i => TestCatalogs.Row($"g{i}", $"Dice game {i}", "Games > Dice"))
            .Concat(Enumerable.Range(0, 12).Select(i => TestCatalogs.Row($"t{i}", $"Model train {i}", "Hobbies > X")))
            .Concat(Enumerable.Range(0, 3).Select(i => TestCatalogs.Row($"b{i}", $"Balloon {i}", "Party > X")));
        var catalog = TestCatalogs.Clean(TestCatalogs.Csv([.. rows])).Catalog;
        var result = CategoryEvaluator.Evaluate(catalog);
        Assert.Equal(6, result.Protocol["test"]);
        Assert.Equal(3, result.Protocol["classes"]);
        Assert.Equal(8, result.Metrics.Count);
        Tolerance.Equal(3.0 / 6, result.Find("accuracy", CategoryEvaluator.StudyVariant, "majority")!.Value);
        // Majority (Games) on 3 Games, 2 Hobbies, 1 Other: Games F1 = 2 · ½ · 1 / (½ + 1) = ⅔, the others 0.
        Tolerance.Equal(2.0 / 9, result.Find("macro-F1", CategoryEvaluator.ExtendedVariant, "majority")!.Value);
        Assert.True(result.Find("accuracy", CategoryEvaluator.StudyVariant, "toyrec") >= 5.0 / 6);
    }

    [Fact]
    public void Evaluate_NoCategoryLargeEnough_SkippedWithReason()
    {
        var csv = TestCatalogs.Csv(TestCatalogs.Row("a", "Dice"), TestCatalogs.Row("b", "Cards"));
        var catalog = TestCatalogs.Clean(csv).Catalog;
        var result = CategoryEvaluator.Evaluate(catalog);
        Assert.Empty(result.Metrics);
        Assert.Equal("no top-level category has 10 or more products (the catalogue has 2 with a category); the " +
            "category model needs at least one such category besides 'Other'", result.Details["skipped"]);
    }

    [Fact]
    public void Evaluate_EveryProductInOneCategory_SkippedWithReason()
    {
        var rows = Enumerable.Range(0, 12).Select(i => TestCatalogs.Row($"p{i}", $"Train {i}", "Hobbies > Trains"));
        var catalog = TestCatalogs.Clean(TestCatalogs.Csv([.. rows])).Catalog;

        var result = CategoryEvaluator.Evaluate(catalog);

        Assert.Empty(result.Metrics);
        Assert.Equal("every one of the 12 products with a category is in Hobbies; the category model needs products " +
            "of two or more top-level categories to tell apart", result.Details["skipped"]);
        Assert.Throws<InsufficientDataException>(() => CategoryLabels.From(catalog));
    }

    [Fact]
    public void Evaluate_OneClassAndASmallOther_SkippedRatherThanAPerfectScore()
    {
        // 39 trains and one puzzle: the puzzle folds into an 'Other' of one, so a stratified test part holds only
        // trains, and every model (the majority baseline too) would score accuracy 1.0.
        var rows = Enumerable.Range(0, 39).Select(i => TestCatalogs.Row($"p{i}", $"Train {i}", "Hobbies > Trains"))
            .Append(TestCatalogs.Row("q", "Jigsaw", "Jigsaws & Puzzles"));
        var catalog = TestCatalogs.Clean(TestCatalogs.Csv([.. rows])).Catalog;

        var result = CategoryEvaluator.Evaluate(catalog);

        Assert.Empty(result.Metrics);
        Assert.Equal("only Hobbies has 10 or more products (39); the other 1 would make an 'Other' class of fewer " +
            "than 10. The category model needs two classes of at least 10 products to be tested on",
            result.Details["skipped"]);
        // Training on it is still allowed: the classes exist, only a fair test part does not.
        Assert.Equal(2, CategoryLabels.From(catalog).Count);
    }

    [Fact]
    public void From_NoCategoryLargeEnough_ThrowsWithCounts()
    {
        var catalog = TestCatalogs.Clean(TestCatalogs.Csv(TestCatalogs.Row("a", "Dice"))).Catalog;
        var error = Assert.Throws<InsufficientDataException>(() => CategoryLabels.From(catalog));
        Assert.Equal("No top-level category has 10 or more products (the catalogue has 1 with a category); the " +
            "category model needs at least one such category besides 'Other'.", error.Message);
    }

    [Fact]
    public void From_RealCatalogue_SeventeenClassesOtherLast()
    {
        var labels = CategoryLabels.From(RealCatalog.Value);
        Assert.Equal(17, labels.Count);
        Assert.Equal("Hobbies", labels.Names[0]);
        Assert.Equal(CategoryLabels.OtherName, labels.Names[^1]);
        Assert.Equal(labels.Other, labels.Of("Bags"));
    }

    private static readonly Lazy<ProductCatalog> RealCatalog =
        new(() => CatalogCleaner.Clean(new CatalogReader().ReadFile(SharedData.Catalog)).Catalog);
}
