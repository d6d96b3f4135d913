using System.Text.Json;

namespace ToyRec.Server.Tests;

/// <summary>
/// The OpenAPI document states the ranges the checks enforce, and types the required body fields as non-null.
/// </summary>
public sealed class OpenApiTests(ToyRecFactory factory) : IClassFixture<ToyRecFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task OpenApi_QueryParameters_StateTheParsedTypeRangeAndDefault()
    {
        var paths = (await _client.GetJson("/openapi/v1.json")).GetProperty("paths");

        var k = Parameter(paths, "/api/products/{id}/similar", "k");
        Assert.Equal("integer", k.GetProperty("type").GetString());
        Assert.Equal((1, 100, 10), (Int(k, "minimum"), Int(k, "maximum"), Int(k, "default")));
        var pageSize = Parameter(paths, "/api/products", "pageSize");
        Assert.Equal((1, 100, 20), (Int(pageSize, "minimum"), Int(pageSize, "maximum"), Int(pageSize, "default")));
        var maxPrice = Parameter(paths, "/api/products", "maxPrice");
        Assert.Equal("number", maxPrice.GetProperty("type").GetString());
        Assert.Equal((0, 100_000), (Int(maxPrice, "minimum"), Int(maxPrice, "maximum")));
        Assert.Equal(200, Int(Parameter(paths, "/api/products", "q"), "maxLength"));
        Assert.Equal("array", Parameter(paths, "/api/products", "category").GetProperty("type").GetString());
        Assert.Equal("boolean", Parameter(paths, "/api/products", "inStock").GetProperty("type").GetString());
        var sessionId = Parameter(paths, "/api/sessions/{sessionId}/recommendations", "sessionId");
        Assert.Equal((1, 64), (Int(sessionId, "minLength"), Int(sessionId, "maxLength")));
    }

    [Theory]
    [InlineData("/api/categories", "get", "200,400")]
    [InlineData("/api/products/{id}", "get", "200,400,404")]
    [InlineData("/api/category/predict", "post", "200,400,415")]
    [InlineData("/api/recommendations", "post", "200,400,404,415")]
    [InlineData("/api/sessions/{sessionId}/events", "post", "201,400,404,409,415")]
    public async Task OpenApi_EachRoute_ListsItsProblemAnswers(string path, string method, string statuses)
    {
        var operation = (await _client.GetJson("/openapi/v1.json")).GetProperty("paths").GetProperty(path)
            .GetProperty(method);

        var responses = operation.GetProperty("responses");
        Assert.Equal(statuses, string.Join(",", responses.EnumerateObject().Select(r => r.Name).Order()));
        foreach (var problem in responses.EnumerateObject().Where(r => r.Name[0] == '4'))
            Assert.True(problem.Value.GetProperty("content").TryGetProperty("application/problem+json", out _));
    }

    [Fact]
    public async Task OpenApi_BodyFields_StateRangesAndRequiredOnesAreNotNullable()
    {
        var schemas = (await _client.GetJson("/openapi/v1.json")).GetProperty("components").GetProperty("schemas");

        var recommendation = schemas.GetProperty("RecommendationRequest").GetProperty("properties");
        Assert.Equal((1, 100, 10), (Int(recommendation.GetProperty("k"), "minimum"),
            Int(recommendation.GetProperty("k"), "maximum"), Int(recommendation.GetProperty("k"), "default")));
        Assert.Equal(100_000, Int(recommendation.GetProperty("minPrice"), "maximum"));
        Assert.Equal((0, 1), (Int(recommendation.GetProperty("diversity"), "minimum"),
            Int(recommendation.GetProperty("diversity"), "maximum")));
        var decay = recommendation.GetProperty("recencyDecay");
        Assert.Equal((0, 1), (Int(decay, "exclusiveMinimum"), Int(decay, "maximum")));
        Assert.False(decay.TryGetProperty("minimum", out _));
        Assert.Equal(200, Int(recommendation.GetProperty("history"), "maxItems"));
        var category = schemas.GetProperty("CategoryRequest").GetProperty("properties");
        Assert.Equal("string", category.GetProperty("name").GetProperty("type").GetString());
        Assert.Equal((1, 500), (Int(category.GetProperty("name"), "minLength"),
            Int(category.GetProperty("name"), "maxLength")));
        Assert.Equal(["null", "number"], Types(category.GetProperty("rating")));
        Assert.Equal(5, Int(category.GetProperty("rating"), "maximum"));
        var events = schemas.GetProperty("EventRequest").GetProperty("properties");
        Assert.Equal("string", events.GetProperty("productId").GetProperty("type").GetString());
        Assert.Equal(["view", "add_to_basket", "remove_from_basket", "purchase"],
            events.GetProperty("type").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
    }

    private static JsonElement Parameter(JsonElement paths, string path, string name) =>
        paths.GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == name).GetProperty("schema");

    private static int Int(JsonElement schema, string keyword) => schema.GetProperty(keyword).GetInt32();

    private static string[] Types(JsonElement schema) =>
        schema.GetProperty("type").EnumerateArray().Select(t => t.GetString()!).ToArray();
}
