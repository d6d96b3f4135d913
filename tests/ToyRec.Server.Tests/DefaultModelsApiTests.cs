using System.Net;

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

    [Theory]
    [InlineData("""["d001", "t005"]""", """["t005", "d001"]""", "t006")]
    [InlineData("""["t005", "d001"]""", """["d001", "t005"]""", "d00")]
    public async Task Recommend_OrderedHistory_NewestProductsLinksComeFirst(string history, string reversed,
        string firstPrefix)
    {
        var ordered = await _client.PostJson("/api/recommendations",
            $$"""{"history": {{history}}, "k": 3, "ordered": true, "recencyDecay": 0.2}""");
        var plain = await _client.PostJson("/api/recommendations", $$"""{"history": {{history}}, "k": 3}""");
        var plainReversed = await _client.PostJson("/api/recommendations", $$"""{"history": {{reversed}}, "k": 3}""");

        // Ordered, the newest product weighs 1 and the older one 0.2, so the newest one's links lead; unordered, both
        // weigh 1 and the list does not depend on the order given.
        Assert.StartsWith(firstPrefix, ordered.Ids()[0], StringComparison.Ordinal);
        Assert.Equal(plain.Ids(), plainReversed.Ids());
    }

    [Theory]
    [InlineData("""{"history": ["d001"], "recencyDecay": 0}""",
        "recencyDecay must be more than 0 and at most 1; got 0.")]
    [InlineData("""{"history": ["d001"], "ordered": false, "recencyDecay": 0.5}""",
        "recencyDecay applies only to an ordered history; got ordered: false.")]
    public async Task Recommend_BadRecencyDecay_Is400NamingTheField(string body, string detail)
    {
        var problem = await _client.PostJson("/api/recommendations", body, HttpStatusCode.BadRequest);

        Assert.Equal(detail, problem.Detail());
    }

    [Fact]
    public async Task PredictCategory_TooSmallForTheSoftmaxModel_FallsBackToNeighbours()
    {
        var prediction = await _client.PostJson("/api/category/predict", """{"name": "Leather dice cup"}""");

        // No top-level category of the eight-product catalogue has the ten products the softmax model needs.
        Assert.Equal("nearest-neighbours", prediction.GetProperty("model").GetString());
    }
}
