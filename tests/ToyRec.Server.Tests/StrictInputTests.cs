using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ToyRec.Server.Endpoints;

namespace ToyRec.Server.Tests;

/// <summary>What a first-time client gets wrong: misspelt or repeated fields, numbers in strings, numbers out of
/// any range, a product the cleaning dropped, a query that is not UTF-8.</summary>
public sealed class StrictInputTests(ToyRecFactory factory) : IClassFixture<ToyRecFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/recommendations", """{"histroy": ["nope"], "k": 1}""", "histroy",
        "histroy: not a field of this request; the fields are history, k, minPrice, maxPrice, inStock, categories, " +
        "exclude, diversity, ordered, recencyDecay.")]
    [InlineData("/api/category/predict", """{"name": "x", "extra": 1}""", "extra",
        "extra: not a field of this request; the fields are name, price, rating.")]
    [InlineData("/api/sessions/u1/events", """{"productId": "d001", "type": "view", "at": "2020-01-01"}""", "at",
        "at: not a field of this request; the fields are productId, type.")]
    [InlineData("/api/recommendations", """{"k": 1, "k": 5}""", "k",
        "k: given more than once; give each field once (names ignore case).")]
    [InlineData("/api/category/predict", """{"name": "x", "Name": "y"}""", "Name",
        "Name: given more than once; give each field once (names ignore case).")]
    public async Task Post_UnknownOrRepeatedField_Returns400NamingIt(string url, string body, string field,
        string detail)
    {
        var problem = await _client.PostJson(url, body, HttpStatusCode.BadRequest);

        Assert.Equal(detail, problem.Detail());
        Assert.Equal(field, problem.GetProperty("field").GetString());
        var events = await _client.GetJson("/api/sessions/u1/events");
        Assert.Equal(0, events.GetArrayLength());
    }

    [Theory]
    [InlineData("""{"name": "x", "price": "12.5"}""", "price",
        "price must be a price in pounds from 0 to 100000; got the string \"12.5\".")]
    [InlineData("""{"name": "x", "price": "NaN"}""", "price",
        "price must be a price in pounds from 0 to 100000; got the string \"NaN\".")]
    [InlineData("""{"name": "x", "price": 1e400}""", "price",
        "price must be a price in pounds from 0 to 100000; got 1e400.")]
    [InlineData("""{"name": "x", "rating": 1e400}""", "rating", "rating must be a number from 1 to 5; got 1e400.")]
    [InlineData("""{"name": "x", "rating": true}""", "rating", "rating must be a number from 1 to 5; got true.")]
    public async Task PredictCategory_NumberInStringOrOutOfAnyRange_Returns400WithTheRange(string body,
        string field, string detail)
    {
        var problem = await _client.PostJson("/api/category/predict", body, HttpStatusCode.BadRequest);

        Assert.Equal(detail, problem.Detail());
        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Recommendations_NumberInString_Returns400WithTheRange()
    {
        var problem = await _client.PostJson("/api/recommendations", """{"k": "3"}""", HttpStatusCode.BadRequest);

        Assert.Equal("k must be a whole number from 1 to 100; got the string \"3\".", problem.Detail());
    }

    [Fact]
    public async Task OpenApi_RequestSchemas_RequireOnlyWhatTheEndpointsRequire()
    {
        var document = await _client.GetJson("/openapi/v1.json");

        var schemas = document.GetProperty("components").GetProperty("schemas");
        Assert.False(schemas.GetProperty("RecommendationRequest").TryGetProperty("required", out _));
        Assert.Equal(["name"], Required(schemas.GetProperty("CategoryRequest")));
        Assert.Equal(["productId", "type"], Required(schemas.GetProperty("EventRequest")));
        Assert.False(schemas.GetProperty("CategoryRequest").GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(["null", "integer"], schemas.GetProperty("RecommendationRequest").GetProperty("properties")
            .GetProperty("k").GetProperty("type").EnumerateArray().Select(t => t.GetString()));
    }

    [Theory]
    [InlineData("/api/products/x009", "id")]
    [InlineData("/api/products/x009/similar", "id")]
    public async Task Get_ProductDroppedWhileCleaning_Returns404SayingWhy(string url, string field)
    {
        var problem = await _client.Problem(url, HttpStatusCode.NotFound);

        Assert.Equal($"{field}: The product 'x009' is in the file but was dropped while cleaning (no-category), " +
            "so no model knows it.", problem.Detail());
        Assert.Equal("no-category", problem.GetProperty("dropped").GetString());
    }

    [Fact]
    public async Task Recommendations_HistoryProductDroppedWhileCleaning_Returns404SayingWhy()
    {
        var problem = await _client.PostJson("/api/recommendations", """{"history": ["d001", "x009"]}""",
            HttpStatusCode.NotFound);

        Assert.Equal("history[1]: The product 'x009' is in the file but was dropped while cleaning (no-category), " +
            "so no model knows it.", problem.Detail());
    }

    [Theory]
    [InlineData("/api/products?q=%FF%FE", "q must be percent-encoded UTF-8; got '%FF%FE', which is not UTF-8 " +
        "once decoded.")]
    [InlineData("/api/products?page=1&Q=dice%E9", "q must be percent-encoded UTF-8; got 'dice%E9', which is not " +
        "UTF-8 once decoded.")]
    public async Task Search_QueryNotUtf8_Returns400NamingQ(string url, string detail)
    {
        var problem = await _client.Problem(url, HttpStatusCode.BadRequest);

        Assert.Equal(detail, problem.Detail());
        Assert.Equal("q", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Search_PercentEncodedUtf8AndLiteralPercent_AreSearched()
    {
        var page = await _client.GetJson("/api/products?q=w%C3%B6oden+dice%25");

        Assert.Equal("wöoden dice%", page.GetProperty("query").GetString());
        Assert.Contains("d001", page.Ids());
    }

    [Fact]
    public void Fields_EveryRequestBody_ListsTheSerializersPropertiesInOrder()
    {
        var options = factory.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

        Assert.Equal(Names<RecommendationRequest>(options), RecommendationRequest.Fields.Select(f => f.Name));
        Assert.Equal(Names<CategoryRequest>(options), CategoryRequest.Fields.Select(f => f.Name));
        Assert.Equal(Names<EventRequest>(options), EventRequest.Fields.Select(f => f.Name));
    }

    private static IEnumerable<string> Names<T>(JsonSerializerOptions options) =>
        options.GetTypeInfo(typeof(T)).Properties.Select(p => p.Name);

    private static string[] Required(JsonElement schema) =>
        schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()!).ToArray();

    [Fact]
    public async Task Post_BodyNotSentAsJson_Returns415SayingWhatToSend()
    {
        using var content = new StringContent("""{"name": "x"}""", System.Text.Encoding.UTF8, "text/plain");
        using var response = await _client.PostAsync("/api/category/predict", content);
        var problem = await Api.Read(response, HttpStatusCode.UnsupportedMediaType);

        Assert.Equal("POST /api/category/predict takes a JSON body; send it with 'Content-Type: application/json' " +
            "(got 'text/plain; charset=utf-8').", problem.Detail());
    }

    [Theory]
    [InlineData(null, "none")]
    [InlineData("application/json; charset=iso-8859-1", "'application/json; charset=iso-8859-1'")]
    public async Task Post_NoContentTypeOrAnotherCharset_Returns415(string? contentType, string got)
    {
        using var content = new ByteArrayContent("""{"name": "dice"}"""u8.ToArray());
        if (contentType is not null)
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        using var response = await _client.PostAsync("/api/category/predict", content);
        var problem = await Api.Read(response, HttpStatusCode.UnsupportedMediaType);

        Assert.Equal("POST /api/category/predict takes a JSON body; send it with 'Content-Type: application/json' " +
            $"(got {got}).", problem.Detail());
    }

    [Fact]
    public async Task Post_QuotedUtf8Charset_IsTaken()
    {
        using var content = new ByteArrayContent("""{"name": "dice"}"""u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=\"UTF-8\"");
        using var response = await _client.PostAsync("/api/category/predict", content);

        await Api.Read(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task WrongMethodOrUnknownRoute_ReturnProblemsSayingWhatTheRouteTakesOrWhereRoutesAreListed()
    {
        using var wrongMethod = await _client.DeleteAsync("/api/category/predict");
        var methodProblem = await Api.Read(wrongMethod, HttpStatusCode.MethodNotAllowed);
        var routeProblem = await _client.GetJson("/api/nothing-here", HttpStatusCode.NotFound);

        Assert.Equal("/api/category/predict does not take DELETE; it takes POST.", methodProblem.Detail());
        Assert.Equal("no route matches /api/nothing-here; /openapi/v1.json lists the API's routes.",
            routeProblem.Detail());
    }
}
