using ToyRec.Catalog;

namespace ToyRec.Core.Tests.Catalog;

public sealed class CatalogReaderTests
{
    [Fact]
    public void ReadText_ColumnsInAnyOrderAndOptionalOnesMissing_ParsesByHeaderName()
    {
        const string csv = "price,product_name,uniq_id,average_review_rating\n" +
            "\"£6.99 - £10.49\",Wooden Train,t1,4.5 out of 5 stars\n";
        var raw = new CatalogReader().ReadText(csv, "shop.csv");

        var product = Assert.Single(raw.Products);
        Assert.Equal("t1", product.Id);
        Assert.Equal("Wooden Train", product.Name);
        Assert.Equal(new PriceRange(6.99m, 10.49m), product.Price);
        Assert.Equal(4.5, product.Rating);
        Assert.Equal(2, product.SourceLine);
        Assert.Contains(CatalogColumns.Sellers, raw.AbsentColumns);
        Assert.Equal(1, raw.MissingCounts[CatalogColumns.Sellers]);
    }

    [Fact]
    public void ReadText_NoIdColumn_FailsNamingTheFileAndColumn()
    {
        var error = Assert.Throws<CatalogFormatException>(() =>
            new CatalogReader().ReadText("product_name,price\nA,£1\n", "shop.csv"));

        Assert.StartsWith("shop.csv, line 1: the header lacks the column(s) uniq_id; expected the Kaggle layout",
            error.Message);
    }

    [Fact]
    public void ReadText_BadPriceLenient_KeepsRowWithPriceMissingAndCountsIt()
    {
        string csv = TestCatalogs.Csv(TestCatalogs.Row("a", "Dice", price: "£3.4x"));
        var raw = new CatalogReader().ReadText(csv, "shop.csv");

        Assert.Null(Assert.Single(raw.Products).Price);
        var problem = Assert.Single(raw.Problems);
        Assert.Equal("shop.csv, line 2, column price: '£3.4x' is not a price like '£3.42' or '£3.42 - £10.99'",
            problem.Message);
    }

    [Fact]
    public void ReadText_BadPriceStrict_ThrowsWithFileLineColumnAndValue()
    {
        string csv = TestCatalogs.Csv(TestCatalogs.Row("a", "Dice"), TestCatalogs.Row("b", "Cards", price: "£3.4x"));
        var reader = new CatalogReader(strict: true);
        var error = Assert.Throws<CatalogFormatException>(() => reader.ReadText(csv, "shop.csv"));

        Assert.Equal("shop.csv, line 3, column price: '£3.4x' is not a price like '£3.42' or '£3.42 - £10.99'",
            error.Message);
    }

    [Fact]
    public void ReadText_ShortRowAndUnclosedQuote_DroppedAsMalformedWithTheirLines()
    {
        string header = string.Join(",", CatalogColumns.All);
        string good = TestCatalogs.Csv(TestCatalogs.Row("a", "Dice")).Split('\n')[1];
        string csv = header + "\n" + good + "\nb,Short row\n" + good.Replace("a,Dice", "c,\"Open quote") + "\nd,x\n";
        var raw = new CatalogReader().ReadText(csv, "shop.csv");

        Assert.Equal(3, raw.RecordsRead);
        Assert.Single(raw.Products);
        Assert.Equal(2, raw.RecordsDropped[CatalogReader.Malformed]);
        Assert.Equal("shop.csv, line 3: the record has 2 fields, the header 17; expected a complete record",
            raw.RecordProblems[0].Message);
        Assert.Equal("shop.csv, line 4: a quoted field is not closed before the end of the file, so the record " +
            "runs to the last line (5) and lines 4-5 are dropped; expected a complete record",
            raw.RecordProblems[1].Message);
    }

    [Fact]
    public void ReadText_DuplicateIdAndMissingName_AreDroppedWithReasons()
    {
        string csv = TestCatalogs.Csv(TestCatalogs.Row("a", "Dice"), TestCatalogs.Row("a", "Dice again"),
            TestCatalogs.Row("b", ""));
        var raw = new CatalogReader().ReadText(csv, "shop.csv");

        Assert.Equal(3, raw.RecordsRead);
        Assert.Single(raw.Products);
        Assert.Equal(1, raw.RecordsDropped[CatalogReader.DuplicateId]);
        Assert.Equal(1, raw.RecordsDropped[CatalogReader.MissingIdOrName]);
    }

    [Fact]
    public void ReadText_MultiLineReviewField_ParsedIntoReviewsWithoutNames()
    {
        var row = TestCatalogs.Row("a", "Dice");
        row[CatalogColumns.Reviews] = "Fun // 5.0 // 1 May 2015 // By\n    Jo Bloggs\n on 1 May 2015 // Great dice";
        var raw = new CatalogReader().ReadText(TestCatalogs.Csv(row, TestCatalogs.Row("b", "Cards")), "shop.csv");

        var review = Assert.Single(raw.Products[0].Reviews);
        Assert.Equal(new Review("Fun", 5.0, new DateOnly(2015, 5, 1), "Great dice", false), review);
        Assert.Equal(5, raw.Products[1].SourceLine);
    }

    [Fact]
    public void ReadFile_MissingFile_SaysWhichFile()
    {
        var error = Assert.Throws<FileNotFoundException>(() => new CatalogReader().ReadFile("no/such/file.csv"));

        Assert.Equal("Catalogue file 'no/such/file.csv' does not exist.", error.Message);
    }
}
