using ToyRec.Catalog;

namespace ToyRec.Core.Tests.Catalog;

public sealed class ValueParsersTests
{
    [Theory]
    [InlineData("£3.42", 3.42, 3.42)]
    [InlineData("£1,299.00", 1299.00, 1299.00)]
    [InlineData("£6.99 - £10.49", 6.99, 10.49)]
    [InlineData(" £0.50 ", 0.50, 0.50)]
    [InlineData("£.99", 0.99, 0.99)]
    [InlineData("£12,345,678", 12345678, 12345678)]
    public void TryParsePrice_ValidShapes_GiveLowAndHigh(string text, double low, double high)
    {
        Assert.True(ValueParsers.TryParsePrice(text, out var price));
        Assert.Equal((decimal)low, price.Low);
        Assert.Equal((decimal)high, price.High);
    }

    [Theory]
    [InlineData("£3.4x")]
    [InlineData("£")]
    [InlineData("free")]
    [InlineData("£10.49 - £6.99")]
    [InlineData("£12,34")]
    [InlineData("£1,2.50")]
    [InlineData("£1,2345.00")]
    public void TryParsePrice_InvalidShapes_AreRejected(string text) =>
        Assert.False(ValueParsers.TryParsePrice(text, out _));

    [Theory]
    [InlineData("5\u00A0new", 5, StockCondition.New)]
    [InlineData("1 used", 1, StockCondition.Used)]
    [InlineData("2\u00A0collectible", 2, StockCondition.Collectible)]
    [InlineData("1 refurbished", 1, StockCondition.Refurbished)]
    [InlineData("1,200\u00A0new", 1200, StockCondition.New)]
    public void TryParseStock_CountAndCondition(string text, int count, StockCondition condition)
    {
        Assert.True(ValueParsers.TryParseStock(text, out var stock));
        Assert.Equal(new StockLevel(count, condition), stock);
    }

    [Theory]
    [InlineData("5 broken")]
    [InlineData("new")]
    [InlineData("five new")]
    public void TryParseStock_Invalid_IsRejected(string text) => Assert.False(ValueParsers.TryParseStock(text, out _));

    [Theory]
    [InlineData("1,040", 1040)]
    [InlineData("15", 15)]
    [InlineData("1.0", 1)]
    public void TryParseCount_ThousandsSeparatorsAndFloatForm(string text, int expected)
    {
        Assert.True(ValueParsers.TryParseCount(text, out int count));
        Assert.Equal(expected, count);
    }

    [Theory]
    [InlineData("4.9 out of 5 stars", 4.9)]
    [InlineData("5.0 out of 5 stars", 5.0)]
    public void TryParseRating_Valid(string text, double expected)
    {
        Assert.True(ValueParsers.TryParseRating(text, out double rating));
        Tolerance.Equal(expected, rating);
    }

    [Theory]
    [InlineData("4.9 stars")]
    [InlineData("7.0 out of 5 stars")]
    public void TryParseRating_Invalid(string text) => Assert.False(ValueParsers.TryParseRating(text, out _));

    [Fact]
    public void ParseCategory_SplitsLevelsAndKeepsTopLevel()
    {
        var path = ValueParsers.ParseCategory("Hobbies > Model Trains & Railway Sets > Rail Vehicles > Trains");

        Assert.Equal(4, path.Levels.Count);
        Assert.Equal("Hobbies", path.TopLevel);
        Assert.Equal("Trains", path.Levels[^1]);
        Assert.True(ValueParsers.ParseCategory("  ").IsEmpty);
    }

    [Fact]
    public void TryParseLinks_WithAndWithoutAsinTail_AndPercentEncoding()
    {
        const string text = "http://www.amazon.co.uk/Hornby-R8150-Catalogue-2015/dp/B00S9SUUBE | " +
            "http://www.amazon.co.uk/FunkyBuys%C2%AE-Large-Train";
        Assert.True(ValueParsers.TryParseLinks(text, out var links));

        Assert.Equal(new ProductLink("Hornby-R8150-Catalogue-2015", "B00S9SUUBE"), links[0]);
        Assert.Equal(new ProductLink("FunkyBuys®-Large-Train", null), links[1]);
    }

    [Fact]
    public void TryParseLinks_EmojiBesideEscapes_DecodesAsOneCharacter()
    {
        Assert.True(ValueParsers.TryParseLinks("http://www.amazon.co.uk/Dino-\U0001F996-Toy%C2%AE", out var links));

        Assert.Equal("Dino-\U0001F996-Toy®", links[0].Slug);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("http://www.example.com/Some-Toy")]
    public void TryParseLinks_NotAmazonUrl_IsRejected(string text) =>
        Assert.False(ValueParsers.TryParseLinks(text, out _));

    [Fact]
    public void FindAsinAndAge_FromProductInformation()
    {
        const string info = "Technical Details Manufacturer recommended age: 6 years and up Item model number R8148 " +
            "Additional Information ASINB00HJ208KO Best Sellers Rank";

        Assert.Equal("B00HJ208KO", ValueParsers.FindAsin(info));
        Assert.Equal("B008PKAAZ2", ValueParsers.FindAsin("ASIN B008PKAAZ2"));
        Assert.Equal(72, ValueParsers.FindMinimumAgeMonths(info));
        Assert.Equal(18, ValueParsers.FindMinimumAgeMonths("Manufacturer recommended age: 18 months and up"));
        Assert.Null(ValueParsers.FindMinimumAgeMonths("no age here"));
    }

    [Theory]
    [InlineData("Hobbies > Model Trains > Track", new[] { "Hobbies", "Model Trains", "Track" })]
    [InlineData("Games>Dice", new[] { "Games", "Dice" })]
    [InlineData("<b>Sale</b> > Dice", new[] { "<b>Sale</b>", "Dice" })]
    [InlineData(" > Games >  > Dice > ", new[] { "Games", "Dice" })]
    [InlineData("Games > Dice >", new[] { "Games", "Dice" })]
    public void ParseCategory_SpacedSeparatorFirst_BareOneOtherwise(string text, string[] levels) =>
        Assert.Equal(levels, ValueParsers.ParseCategory(text).Levels);

    [Theory]
    [InlineData("27 Dec. 2014", 2014, 12, 27)]
    [InlineData("5 Sept. 2014", 2014, 9, 5)]
    [InlineData("5 Sep. 2014", 2014, 9, 5)]
    [InlineData("1 July 2013", 2013, 7, 1)]
    [InlineData("16 April 2015", 2015, 4, 16)]
    [InlineData("29 Feb. 2016", 2016, 2, 29)]
    public void ParseReviewDate_BritishMonthSpellings_GiveTheDate(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), ValueParsers.ParseReviewDate(text));

    [Theory]
    [InlineData("29 Feb. 2015")]
    [InlineData("0 Jan. 2015")]
    [InlineData("5 Septe. 2014")]
    [InlineData("5 Ju. 2014")]
    [InlineData("2 Jan.")]
    [InlineData("")]
    public void ParseReviewDate_NotADate_IsNull(string text) => Assert.Null(ValueParsers.ParseReviewDate(text));

    [Fact]
    public void TryParseReviews_CompleteReviewWithUnreadableDate_KeptWithoutTheDate()
    {
        Assert.True(ValueParsers.TryParseReviews(
            "Fun // 5.0 // someday // By Ann on someday // nice | Good // 4.0 // 1 July 2013 // By Bo // ok",
            out var reviews));

        Assert.Equal([null, new DateOnly(2013, 7, 1)], reviews.Select(r => r.Date));
    }

    [Fact]
    public void TryParseReviews_TwoReviewsWithMultiLineName_DropsNameKeepsText()
    {
        const string text = "Five Stars // 5.0 // 27 Dec. 2014 // By\n    \n    catherine baines\n  \n on 27 Dec. " +
            "2014 // the victorian style | Good // 4.0 // 9 Mar. 2015 // By\n Wayne\n on 9 Mar. 2015 // Good | value";
        Assert.True(ValueParsers.TryParseReviews(text, out var reviews));

        Assert.Equal(2, reviews.Count);
        Assert.Equal(new Review("Five Stars", 5.0, new DateOnly(2014, 12, 27), "the victorian style", false),
            reviews[0]);
        Assert.Equal("Good | value", reviews[1].Text);
        Assert.DoesNotContain(reviews, r => r.Text.Contains("Wayne", StringComparison.Ordinal));
    }

    [Fact]
    public void TryParseReviews_LastReviewCutShort_KeepsWhatParsesAndMarksIt()
    {
        const string text = "Great // 5.0 // 1 May 2015 // By x on 1 May 2015 // Fine | Meh // 3.0 // 2 M";
        Assert.True(ValueParsers.TryParseReviews(text, out var reviews));

        Assert.Equal(2, reviews.Count);
        Assert.True(reviews[1].IsTruncated);
        Assert.Equal(3.0, reviews[1].Rating);
        Assert.Null(reviews[1].Date);
    }

    [Fact]
    public void TryParseQuestions_RemovesSeeMoreClutter()
    {
        const string text = "Is it big? // Yes, quite…\n see more\n Yes, quite big.\n see less | Batteries? // No";
        Assert.True(ValueParsers.TryParseQuestions(text, out var questions));

        Assert.Equal(new QuestionAnswer("Is it big?", "Yes, quite"), questions[0]);
        Assert.Equal(new QuestionAnswer("Batteries?", "No"), questions[1]);
    }

    [Fact]
    public void TryParseSellers_ListAndSingleForms_BarePoundIsUnknown()
    {
        const string list = "{\"seller\"=>[{\"Seller_name_1\"=>\"Amazon.co.uk\", \"Seller_price_1\"=>\"£3.42\"}, " +
            "{\"Seller_name_2\"=>\"**stop-&-shop-uk**\", \"Seller_price_2\"=>\"£\"}]}";
        const string single =
            "{\"seller\"=>{\"Seller_name_1\"=>\"UHD WHOLESALE\", \"Seller_price_1\"=>\"£1,016.00\"}}";

        Assert.True(ValueParsers.TryParseSellers(list, out var sellers));
        Assert.Equal([new Seller("Amazon.co.uk", 3.42m), new Seller("**stop-&-shop-uk**", null)], sellers);
        Assert.True(ValueParsers.TryParseSellers(single, out var one));
        Assert.Equal([new Seller("UHD WHOLESALE", 1016.00m)], one);
        Assert.False(ValueParsers.TryParseSellers("Amazon (£3.42)", out _));
    }

    [Theory]
    [InlineData("Product Description Hornby 2014 Catalogue", "Hornby 2014 Catalogue")]
    [InlineData("Technical Details Item Weight 640 g", "Item Weight 640 g")]
    [InlineData("A Product Description inside", "A Product Description inside")]
    public void StripBoilerplate_RemovesOnlyLeadingHeadings(string text, string expected) =>
        Assert.Equal(expected, ValueParsers.StripBoilerplate(text));
}
