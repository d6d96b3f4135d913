using System.Text.RegularExpressions;
using ToyRec.Catalog;

namespace ToyRec.Core.Tests.Catalog;

/// <summary>What the cleaning report says about bad records and values, and what it does with them.</summary>
public sealed partial class CleaningProblemTests
{
    [Fact]
    public void Clean_ManyValueNotesBeforeDroppedRecords_ExamplesKeepTheFirstOfEachDropReason()
    {
        // Twelve bad ratings (lines 2-13) come before a row without a category (14) and a malformed record (15):
        // in file order alone the ten slots would hold ratings only.
        var rows = Enumerable.Range(0, 12).Select(i => TestCatalogs.Row($"p{i}", $"Toy {i}")).ToList();
        foreach (var row in rows)
            row[CatalogColumns.Rating] = "lots";
        rows.Add(TestCatalogs.Row("n", "No path", category: ""));
        var (_, report) = TestCatalogs.Clean(TestCatalogs.Csv([.. rows]) + "z,short\n");

        var lines = report.ProblemExamples.Select(m => int.Parse(LineNumber().Match(m).Groups[1].Value)).ToList();
        Assert.Equal([2, 3, 4, 5, 6, 7, 8, 9, 14, 15], lines);
        Assert.Equal("test.csv, line 14: the record has no amazon_category_and_sub_category; expected a category " +
            "path (such rows are dropped, 1 in all)", report.ProblemExamples[8]);
        Assert.Equal("test.csv, line 15: the record has 2 fields, the header 17; expected a complete record",
            report.ProblemExamples[9]);
    }

    [Fact]
    public void Clean_DroppedRecords_EveryLineAndReasonInFileOrder()
    {
        var (_, report) = TestCatalogs.Clean(TestCatalogs.Csv(
            TestCatalogs.Row("a", "Kept"), TestCatalogs.Row("n", "No path", category: ""),
            TestCatalogs.Row("a", "Same id again"), TestCatalogs.Row("m", "No path either", category: "")) +
            "z,short\n");

        Assert.Equal(
            [new DroppedRecord(3, CleaningReport.NoCategory), new DroppedRecord(4, CatalogReader.DuplicateId),
                new DroppedRecord(5, CleaningReport.NoCategory), new DroppedRecord(6, CatalogReader.Malformed)],
            report.DroppedRecords);
        Assert.Equal(report.RowsDropped.Values.Sum(), report.DroppedRecords.Count);
    }

    [Fact]
    public void NotFoundMessage_IdOfAMalformedRecord_SaysItWasDropped()
    {
        var (catalog, _) = TestCatalogs.Clean(TestCatalogs.Csv(TestCatalogs.Row("a", "Kept")) + "z,short\n");

        Assert.Equal("The product 'z' is in the file but was dropped while cleaning (malformed), so no model knows it",
            catalog.NotFoundMessage("z"));
        Assert.Equal("No product has the id or name 'yoyo'", catalog.NotFoundMessage("yoyo"));
    }

    [Fact]
    public void Clean_PriceAboveThePlausibleMaximum_IsReportedAndImputed()
    {
        string csv = TestCatalogs.Csv(
            TestCatalogs.Row("a", "A", "Games > Dice", price: "£2.00"),
            TestCatalogs.Row("b", "B", "Games > Dice", price: "£4.00"),
            TestCatalogs.Row("c", "C", "Games > Dice", price: "£99999999999999999999999"),
            TestCatalogs.Row("d", "D", "Games > Dice", price: "£100,000.00"));
        var (catalog, report) = TestCatalogs.Clean(csv);

        // c's price is read as missing and takes the median of 2, 4 and 100000; d's is at the limit and kept.
        Assert.Equal(PriceRange.Single(4m), catalog[2].Price);
        Assert.Equal(PriceImputation.CategoryPath, catalog[2].PriceSource);
        Assert.Equal(PriceRange.Single(100_000m), catalog[3].Price);
        Assert.Equal(1, report.ValueProblems[CatalogColumns.Price]);
        Assert.Equal(1, report.PricesImputed["category-path"]);
        Assert.Equal("test.csv, line 4, column price: '£99999999999999999999999' is not a plausible price (at most " +
            "£100000)", Assert.Single(report.ProblemExamples));
    }

    [Fact]
    public void Clean_HeaderWithoutTheCategoryColumn_ThrowsNamingFileAndColumn()
    {
        var raw = new CatalogReader().ReadText("uniq_id,product_name\na,Dice\n", "shop.csv");

        var error = Assert.Throws<CatalogFormatException>(() => CatalogCleaner.Clean(raw));

        Assert.Equal("shop.csv, line 1: the header lacks the column amazon_category_and_sub_category; expected it, " +
            "since cleaning keeps only products with a category.", error.Message);
    }

    [GeneratedRegex(@"line (\d+)")]
    private static partial Regex LineNumber();
}
