namespace ToyRec.Server.Tests;

public sealed class RecommendationApiTests(ToyRecFactory factory) : IClassFixture<ToyRecFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Recommend_OneHistoryItem_PutsItsCoPurchasesFirstWithReasons()
    {
        var list = await _client.PostJson("/api/recommendations", """{"history": ["d001"], "k": 3}""");

        var ids = list.Ids();
        Assert.Equal(3, ids.Length);
        Assert.Equal(["d002", "d003"], ids[..2]);
        Assert.Equal("bought together with Wooden Dice Set",
            list.GetProperty("items")[0].GetProperty("reason").GetString());
        Assert.Equal("content+links", list.GetProperty("model").GetString());
    }

    [Fact]
    public async Task Recommend_MaxPrice_DropsDearerCandidates()
    {
        var list = await _client.PostJson("/api/recommendations", """{"history": ["d001"], "k": 2, "maxPrice": 5}""");

        // Of d001's candidates (its links d002, d003 and the products sharing its words), only d003 costs under £5.
        Assert.Equal(["d003"], list.Ids());
    }

    [Fact]
    public async Task Recommend_CategoryFilterAndExclude_KeepOnlyAllowedProducts()
    {
        var list = await _client.PostJson("/api/recommendations",
            """{"history": ["d001"], "categories": ["Hobbies"], "exclude": ["t006"]}""");

        Assert.Equal(["t005"], list.Ids());
        string reason = list.GetProperty("items")[0].GetProperty("reason").GetString()!;
        Assert.StartsWith("similar to Wooden Dice Set: shared terms ", reason);
        Assert.Contains("wooden", reason);
    }

    [Fact]
    public async Task Recommend_EmptyHistory_ReturnsMostLinkedProducts()
    {
        var list = await _client.PostJson("/api/recommendations", """{"k": 3}""");

        Assert.Equal(["d001", "c004", "d003"], list.Ids());
        Assert.Equal("popular: bought together with 2 other products",
            list.GetProperty("items")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task PredictCategory_TrainName_VotesHobbies()
    {
        var prediction = await _client.PostJson("/api/category/predict",
            """{"name": "Wooden train with tracks", "price": 15, "rating": 4}""");

        var categories = prediction.GetProperty("categories").EnumerateArray().ToList();
        Assert.Equal("Hobbies", categories[0].GetProperty("category").GetString());
        Assert.InRange(categories.Sum(c => c.GetProperty("probability").GetDouble()), 1 - 1e-9, 1 + 1e-9);
        Assert.Equal("nearest-neighbours", prediction.GetProperty("model").GetString());
    }
}
