namespace ToyRec.Server.Tests;

/// <summary>The server as it starts by default: the core's catalogue recommender behind the history
/// endpoints.</summary>
public sealed class DefaultModelsApiTests : IDisposable
{
    private readonly ToyRecFactory _factory = new() { UseDefaultModels = true };
    private readonly HttpClient _client;

    public DefaultModelsApiTests() => _client = _factory.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task Recommend_OneHistoryItem_LinkedProductsFirstFromTheCatalogueRecommender()
    {
        var list = await _client.PostJson("/api/recommendations", """{"history": ["d001"], "k": 3}""");

        // d001 links to d002 and d003, and both link back: the co-purchase graph puts them first.
        Assert.Equal("catalogue-recommender", list.GetProperty("model").GetString());
        Assert.Equal(["d002", "d003"], list.Ids()[..2].Order());
        Assert.StartsWith("bought together with Wooden Dice Set",
            list.GetProperty("items")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("d001", list.Ids());
    }

    [Fact]
    public async Task Recommend_MaxPrice_StillReturnsKWhenKProductsPass()
    {
        var list = await _client.PostJson("/api/recommendations", """{"history": ["d001"], "k": 2, "maxPrice": 5}""");

        // Under £5 and not d001: d003 (linked, £3.25), c004 (£2.00) and nothing else but d001 itself (£4.99).
        Assert.Equal(["d003", "c004"], list.Ids());
    }

    [Fact]
    public async Task PredictCategory_TooSmallForTheSoftmaxModel_FallsBackToNeighbours()
    {
        var prediction = await _client.PostJson("/api/category/predict", """{"name": "Leather dice cup"}""");

        // No top-level category of the eight-product catalogue has the ten products the softmax model needs.
        Assert.Equal("nearest-neighbours", prediction.GetProperty("model").GetString());
    }
}
