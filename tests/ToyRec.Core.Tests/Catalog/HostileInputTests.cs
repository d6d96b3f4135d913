using System.Text;
using ToyRec.Catalog;
using ToyRec.Content;

namespace ToyRec.Core.Tests.Catalog;

/// <summary>Inputs a careless export or a hostile user produces, and what ToyRec makes of them.</summary>
public sealed class HostileInputTests
{
    [Fact]
    public void ReadText_DuplicateColumnName_FailsNamingBothPositions()
    {
        var error = Assert.Throws<CatalogFormatException>(() =>
            new CatalogReader().ReadText("uniq_id,product_name,product_name\na,b,c\n", "shop.csv"));

        Assert.Equal("shop.csv, line 1: the column 'product_name' appears twice (columns 2 and 3); expected each " +
            "column once.", error.Message);
    }

    [Fact]
    public void ReadText_HeaderInAnotherCase_MatchesTheColumns()
    {
        var raw = new CatalogReader().ReadText("UNIQ_ID,Product_Name,PRICE\na,Dice,£3.42\n", "shop.csv");

        Assert.Equal(PriceRange.Single(3.42m), Assert.Single(raw.Products).Price);
        Assert.Empty(raw.UnknownColumns);
        Assert.DoesNotContain(CatalogColumns.Price, raw.AbsentColumns);
    }

    [Fact]
    public void ReadText_UnknownColumnAndTextAfterClosingQuote_AreReported()
    {
        var raw = new CatalogReader().ReadText(
            "uniq_id,product_name,colour\na,Dice,red\nb,\"Hornby\"x Train,blue\n", "shop.csv");

        Assert.Equal(["colour"], raw.UnknownColumns);
        Assert.Single(raw.Products);
        Assert.Equal("shop.csv, line 3: a quoted field has text after its closing quote; expected a complete record",
            Assert.Single(raw.RecordProblems).Message);
    }

    [Fact]
    public void ReadText_UnclosedQuote_NamesTheLinesItSwallows()
    {
        var raw = new CatalogReader().ReadText("uniq_id,product_name\na,Dice\nb,\"Open\nc,Cards\nd,Chess\n", "s.csv");

        Assert.Equal("s.csv, line 3: a quoted field is not closed before the end of the file, so the record runs " +
            "to the last line (5) and lines 3-5 are dropped; expected a complete record",
            Assert.Single(raw.RecordProblems).Message);
    }

    [Fact]
    public void ReadText_FileWithoutItsHeaderLine_SaysSoRatherThanNamingAColumnTwice()
    {
        var error = Assert.Throws<CatalogFormatException>(() => new CatalogReader().ReadText(
            "a1,Red dice,Acme,Red dice\na2,Blue dice,Acme,Blue dice\n", "s.csv"));

        Assert.StartsWith("s.csv, line 1: not a header line (none of its fields names a column; the first is 'a1'); " +
            "expected the Kaggle layout's header (uniq_id,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_ReviewWithAnUnreadableDate_KeptWithTheOthersAndReported()
    {
        var raw = new CatalogReader().ReadText("uniq_id,product_name,customer_reviews\n" +
            "a,Dice,Fun // 5.0 // 32 Foo. 2014 // By Ann on 32 Foo. 2014 // nice | " +
            "Good // 4.0 // 1 July 2013 // By Bo on 1 July 2013 // ok\n", "s.csv");

        Assert.Equal([null, new DateOnly(2013, 7, 1)], Assert.Single(raw.Products).Reviews.Select(r => r.Date));
        Assert.EndsWith("is not reviews dated like '27 Dec. 2014' (a review whose date does not read is kept without " +
            "it)", Assert.Single(raw.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_NulCharacters_RemovedAndReportedOncePerField()
    {
        var raw = new CatalogReader().ReadText("uniq_id,product_name,manufacturer\na,Di\0ce\0,Acme\n", "s.csv");

        Assert.Equal("Dice", Assert.Single(raw.Products).Name);
        Assert.Equal("s.csv, line 2, column product_name: 'Di\\x00ce\\x00' is not free of control characters " +
            "(they were removed, the rest kept)", Assert.Single(raw.Problems).Message);
        var strict = Assert.Throws<CatalogFormatException>(() =>
            new CatalogReader(strict: true).ReadText("uniq_id,product_name\na,Di\0ce\n", "s.csv"));
        Assert.Equal("s.csv, line 2, column product_name: 'Di\\x00ce' is not free of control characters",
            strict.Message);
    }

    [Fact]
    public void ReadText_EscapeBellAndBidiOverride_RemovedAndReportedTabsAndLatin1Kept()
    {
        var raw = new CatalogReader().ReadText(
            "uniq_id,product_name,manufacturer\na,\u001B[31mRED\u001B[0m bell\u0007 \u202Eevil,Acme\n" +
            "b,Tab\there Beetlejuice\u0099 Mask,Acme\n", "s.csv");

        Assert.Equal(["[31mRED[0m bell evil", "Tab here Beetlejuice\u0099 Mask"], raw.Products.Select(p => p.Name));
        Assert.Equal("s.csv, line 2, column product_name: '\\x1B[31mRED\\x1B[0m bell\\x07 \\u202Eevil' is not " +
            "free of control characters (they were removed, the rest kept)", Assert.Single(raw.Problems).Message);
    }

    [Fact]
    public void ReadText_TerminalEscapeInAValue_IsShownEscaped()
    {
        var raw = new CatalogReader().ReadText("uniq_id,product_name,price\na,Dice,\u001b]0;x\u0007£3\n", "s.csv");

        // The control characters are removed and reported; what is left is still no price, and reported too.
        Assert.Equal(["s.csv, line 2, column price: '\\x1B]0;x\\x07£3' is not free of control characters " +
            "(they were removed, the rest kept)",
            "s.csv, line 2, column price: ']0;x£3' is not " + ValueParsers.PriceShape],
            raw.Problems.Select(p => p.Message));
    }

    [Fact]
    public void ReadText_WhiteSpaceOnlyLine_IsBlankNotARecord()
    {
        var raw = new CatalogReader().ReadText("uniq_id,product_name\na,Dice\n   \nb,Cards\n", "s.csv");

        Assert.Equal(2, raw.RecordsRead);
        Assert.Equal(1, raw.BlankLines);
        Assert.Equal(4, raw.Products[1].SourceLine);
    }

    [Fact]
    public void ReadFile_Latin1File_IsReadAsLatin1AndReported()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, Encoding.Latin1.GetBytes("uniq_id,product_name,price\na,Dice,£3.42\n"));
            var raw = new CatalogReader().ReadFile(path);

            Assert.Equal(PriceRange.Single(3.42m), raw.Products[0].Price);
            Assert.Equal($"{path}, line 2: byte 0xA3 at offset 34 is not UTF-8; the file was read as Latin-1; " +
                "expected a UTF-8 file", Assert.Single(raw.Problems).Message);
            Assert.Throws<CatalogFormatException>(() => new CatalogReader(strict: true).ReadFile(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadFile_OneBadByteInAUtf8File_KeepsTheRestAsUtf8AndSaysSoFirst()
    {
        string path = Path.GetTempFileName();
        try
        {
            var bytes = new List<byte>(Encoding.UTF8.GetBytes("uniq_id,product_name,price,amazon_category_and_sub_" +
                "category\na,Dice,£3.42,Games\nb,Caf"));
            bytes.Add(0xE9);
            bytes.AddRange(Encoding.UTF8.GetBytes(" set,£x,Games\nc,Cards,£1.50,Games\n"));
            File.WriteAllBytes(path, [.. bytes]);

            var raw = new CatalogReader().ReadFile(path);
            var (_, report) = CatalogCleaner.Clean(raw);

            Assert.Equal(PriceRange.Single(3.42m), raw.Products[0].Price);
            Assert.Equal("Caf\uFFFD set", raw.Products[1].Name);
            Assert.Equal(PriceRange.Single(1.50m), raw.Products[2].Price);
            string notice = $"{path}, line 3: byte 0xE9 at offset 85 is not UTF-8; 1 byte(s) in the file are not " +
                "UTF-8 and read as U+FFFD; the rest was read as UTF-8; expected a UTF-8 file";
            Assert.Equal(notice, raw.Problems[0].Message);
            Assert.Equal(notice, report.ProblemExamples[0]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadFile_Utf16WithByteOrderMark_IsRead()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "uniq_id,product_name,price\na,Dice,£3.42\n", Encoding.Unicode);

            var raw = new CatalogReader().ReadFile(path);

            Assert.Equal("Dice", Assert.Single(raw.Products).Name);
            Assert.Equal(PriceRange.Single(3.42m), raw.Products[0].Price);
            Assert.Empty(raw.Problems);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadText_StrayQuoteMidFile_NamesTheLinesDroppedWithTheRecord()
    {
        var raw = new CatalogReader().ReadText(
            "uniq_id,product_name,price\na,\"Open,£1\nb,Cards,£2\nc,\"Chess\",£3\nd,Dice,£4\n", "s.csv");

        // The quote opened on line 2 closes on line 4, so b and c go with a into one record.
        Assert.Equal(["d"], raw.Products.Select(p => p.Id));
        Assert.Equal("s.csv, line 2: a quoted field has text after its closing quote (lines 2-4, dropped with it); " +
            "expected a complete record", Assert.Single(raw.RecordProblems).Message);
    }

    [Fact]
    public void NotFoundMessage_IdDroppedForNoCategory_SaysWhy()
    {
        var (catalog, _) = TestCatalogs.Clean(TestCatalogs.Csv(
            TestCatalogs.Row("a", "Dice"), TestCatalogs.Row("b", "Cards", category: "")));

        Assert.Equal("The product 'b' is in the file but was dropped while cleaning (no-category), so no model " +
            "knows it", catalog.NotFoundMessage("b"));
        Assert.Equal("No product has the id or name 'zz' (text this short must be a whole name)",
            catalog.NotFoundMessage("zz"));
    }

    [Fact]
    public void SimilarIndicesForAll_EmptyCatalogue_GivesNoLists()
    {
        var (catalog, _) = TestCatalogs.Clean(TestCatalogs.Csv(TestCatalogs.Row("b", "Cards", category: "")));

        Assert.Empty(ContentIndex.Build(catalog).SimilarIndicesForAll(5));
    }

    [Theory]
    [InlineData("1,2,3")]
    [InlineData("1,,0")]
    [InlineData("1,0400")]
    [InlineData("-1")]
    [InlineData("99999999999")]
    public void TryParseCount_BadGroupingOrRange_IsRejected(string text) =>
        Assert.False(ValueParsers.TryParseCount(text, out _));

    [Fact]
    public void ParseLinks_KeepsGoodLinksAndRejectsBadOnesOneByOneSayingWhy()
    {
        var rejected = new List<(string Part, string Expected)>();
        var links = ValueParsers.ParseLinks("http://www.amazon.co.uk/Good-One | http://www.amazon.co.uk/Bad/dp/XYZ | " +
            "http://www.amazon.co.uk/dp/B00HJ208KO | http://www.amazon.co.uk/Broken%ZZ | " +
            "http://www.amazon.co.uk/Bad%C3%28 | http://www.example.com/Other | http://www.amazon.co.uk", rejected);

        Assert.Equal([new ProductLink("Good-One", null), new ProductLink("", "B00HJ208KO")], links);
        const string encoding = "an Amazon link whose name part is percent-encoded UTF-8 (a '%' and two hex digits)";
        const string asin = "an Amazon link whose /dp/ part is a 10-character ASIN like B00S9SUUBE";
        Assert.Equal(
        [
            ("http://www.amazon.co.uk/Bad/dp/XYZ", asin),
            ("http://www.amazon.co.uk/Broken%ZZ", encoding),
            ("http://www.amazon.co.uk/Bad%C3%28", encoding),
            ("http://www.example.com/Other", ValueParsers.LinkShape),
            ("http://www.amazon.co.uk", "an Amazon link to a product (it has no path)"),
        ], rejected);
    }

    [Fact]
    public void ParseCategory_BareSeparatorsAndMissingSpaces()
    {
        Assert.True(ValueParsers.ParseCategory(" > ").IsEmpty);
        Assert.Equal(["Hobbies", "Trains"], ValueParsers.ParseCategory("Hobbies>Trains").Levels);
    }

    [Fact]
    public void Clean_BarePoundPrice_IsMissingNotAProblem()
    {
        var raw = new CatalogReader().ReadText(TestCatalogs.Csv(TestCatalogs.Row("a", "Dice", price: "£")), "s.csv");

        Assert.Empty(raw.Problems);
        Assert.Equal(1, raw.MissingCounts[CatalogColumns.Price]);
    }

    [Fact]
    public void Clean_LinkMatchingOnlyItsOwnProduct_CountedOutsideAndSaidSo()
    {
        var (_, report) = TestCatalogs.Clean(TestCatalogs.Csv(
            TestCatalogs.Row("a", "Hornby Train Set 2", alsoBought: TestCatalogs.Link("Hornby-Train-Set"))));

        Assert.Equal(new LinkStatistics(1, 0, 1, 0, 0, 0, 0, 0, OutsideMatchingOnlyItself: 1), report.Links);
    }

    [Fact]
    public void Find_NameWithoutWords_MatchesExactly()
    {
        var (catalog, _) = TestCatalogs.Clean(TestCatalogs.Csv(TestCatalogs.Row("a", "Dice"),
            TestCatalogs.Row("b", "!!! ???")));

        Assert.Equal(1, catalog.Find("!!! ???"));
        Assert.Equal(-1, catalog.Find("???"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Evaluate_TinyOrDuplicateOnlyCatalogues_FinishWithZeroes(int products)
    {
        var rows = Enumerable.Range(0, products)
            .Select(i => TestCatalogs.Row($"p{i}", "Hornby Train Set", manufacturer: "Hornby")).ToArray();
        var (catalog, _) = TestCatalogs.Clean(TestCatalogs.Csv(rows));

        var result = ContentEvaluator.Evaluate(catalog);

        Assert.All(result.Metrics, m => Assert.Equal(0, m.Value));
    }
}
