using System.Net;

namespace ToyRec.Server.Tests;

public sealed class ProductApiTests(ToyRecFactory factory) : IClassFixture<ToyRecFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Search_Dice_ReturnsTheThreeDiceProducts()
    {
        var page = await _client.GetJson("/api/products?q=dice");

        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal(["d001", "d002", "d003"], page.Ids().Order());
    }

    // What a web form's number field may send is taken: a leading zero, a bare fraction, an exponent.
    [Theory]
    [InlineData("4")]
    [InlineData("04")]
    [InlineData("4.")]
    [InlineData("4e0")]
    [InlineData(".4e1")]
    public async Task Search_MaxPrice_KeepsOnlyCheaperProducts(string maxPrice)
    {
        var page = await _client.GetJson($"/api/products?q=dice&maxPrice={maxPrice}");

        Assert.Equal(["d003"], page.Ids());
        Assert.Equal(3.25m, page.GetProperty("items")[0].GetProperty("price").GetDecimal());
    }

    // As on the CLI, a category filter takes a name at any level of the path, in any case.
    [Fact]
    public async Task Search_CategoryBelowTheTopLevel_ListsOnlyItsProducts()
    {
        var dice = await _client.GetJson("/api/products?category=dice%20%26%20dice%20games");
        var byPath = await _client.GetJson("/api/products?category=Games%20%3E%20Dice%20%26%20Dice%20Games");
        var unspaced = await _client.GetJson("/api/products?category=games%3Edice%20%26%20dice%20games");
        var recommended = await _client.PostJson("/api/recommendations",
            """{"history": ["d001"], "k": 3, "categories": ["DICE & Dice Games"]}""");

        Assert.Equal(["d001", "d002", "d003"], dice.Ids().Order());
        Assert.Equal(["d001", "d002", "d003"], byPath.Ids().Order());
        Assert.Equal(["d001", "d002", "d003"], unspaced.Ids().Order());
        // Unfiltered, the third is not a dice product (RecommendationApiTests); only d001's two dice links remain.
        Assert.Equal(["d002", "d003"], recommended.Ids().Order());
    }

    [Fact]
    public async Task Search_InStock_DropsProductsWithoutStatedStock()
    {
        var page = await _client.GetJson("/api/products?q=train&inStock=true");

        Assert.Equal(["t005"], page.Ids());
    }

    [Fact]
    public async Task Search_CategoryWithoutQuery_ListsByReviewCount()
    {
        var page = await _client.GetJson("/api/products?category=hobbies");

        Assert.Equal(["t005", "t006"], page.Ids());
    }

    [Fact]
    public async Task Search_SecondPage_SkipsTheFirstPageOfMostReviewed()
    {
        var page = await _client.GetJson("/api/products?page=2&pageSize=3");

        Assert.Equal(8, page.GetProperty("total").GetInt32());
        Assert.Equal(["d001", "t005", "d002"], page.Ids());
    }

    [Fact]
    public async Task Details_KnownProduct_ReturnsItsParsedFields()
    {
        var details = await _client.GetJson("/api/products/d001");

        var product = details.GetProperty("product");
        Assert.Equal("Wooden Dice Set", product.GetProperty("name").GetString());
        Assert.Equal("Acme Games", product.GetProperty("manufacturer").GetString());
        Assert.Equal(4.99m, product.GetProperty("price").GetDecimal());
        Assert.Equal(4.5, product.GetProperty("rating").GetDouble());
        Assert.Equal(5, product.GetProperty("inStock").GetInt32());
        Assert.Equal("5 new", details.GetProperty("stock").GetString());
        Assert.Equal(["Games", "Dice & Dice Games"],
            details.GetProperty("categoryLevels").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(2, details.GetProperty("alsoBoughtLinks").GetInt32());
    }

    [Fact]
    public async Task Details_UnknownProduct_Returns404NamingTheId()
    {
        var problem = await _client.Problem("/api/products/zzz", HttpStatusCode.NotFound);

        Assert.Equal("id: no product has id 'zzz'.", problem.Detail());
    }

    [Fact]
    public async Task AlsoBought_ProductWithLinks_ReturnsThemInAmazonOrderWithReasons()
    {
        var list = await _client.GetJson("/api/products/d001/also-bought?k=5");

        Assert.Equal(["d002", "d003"], list.Ids());
        var first = list.GetProperty("items")[0];
        Assert.Equal(1.0, first.GetProperty("score").GetDouble());
        Assert.Equal("bought together with Wooden Dice Set: customers who bought it also bought this",
            first.GetProperty("reason").GetString());
        Assert.Equal(0.5, list.GetProperty("items")[1].GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task AlsoBought_OnlyIncomingLink_ReadsTheLinkBackwards()
    {
        var list = await _client.GetJson("/api/products/c004/also-bought");

        Assert.Equal(["d003"], list.Ids());
        Assert.Equal("bought together with Playing Cards Deck: customers who bought this also bought it",
            list.GetProperty("items")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Similar_DiceCup_PutsTheSameMakersDiceFirstWithSharedTerms()
    {
        var list = await _client.GetJson("/api/products/d002/similar?k=3");

        Assert.Equal("content", list.GetProperty("model").GetString());
        var ids = list.Ids();
        Assert.Equal("d001", ids[0]);
        Assert.DoesNotContain("d002", ids);
        var items = list.GetProperty("items").EnumerateArray().ToList();
        var scores = items.Select(i => i.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.All(scores, s => Assert.InRange(s, 1e-9, 1.0));
        Assert.StartsWith("similar to Dice Cup Leather: shared terms ", items[0].GetProperty("reason").GetString());
        Assert.Contains("dice", items[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Categories_ListsTopLevelCategoriesSorted()
    {
        var categories = await _client.GetJson("/api/categories");

        Assert.Equal(["Baby & Toddler Toys", "Games", "Hobbies"],
            categories.EnumerateArray().Select(c => c.GetString()));
    }
}
