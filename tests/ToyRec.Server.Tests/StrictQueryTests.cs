using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ToyRec.Server.Tests;

/// <summary>
/// Query strings are checked as strictly as bodies: an unknown parameter, one given twice or one that is not
/// percent-encoded UTF-8 is a 400 naming it, while every parameter the web page sends and the OpenAPI document
/// lists is still taken.
/// </summary>
public sealed class StrictQueryTests(ToyRecFactory factory) : IClassFixture<ToyRecFactory>
{
    private const string SearchParameters = "q, category, minPrice, maxPrice, inStock, page, pageSize";

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/products?qq=dice", "qq",
        $"qq: not a query parameter of this request; the query parameters are {SearchParameters}.")]
    [InlineData("/api/products?q=dice&Page=1&sort=price", "sort",
        $"sort: not a query parameter of this request; the query parameters are {SearchParameters}.")]
    [InlineData("/api/products/d001/similar?k=3&limit=5", "limit",
        "limit: not a query parameter of this request; the query parameters are k.")]
    [InlineData("/api/sessions/s1/recommendations?K=2&count=1", "count",
        "count: not a query parameter of this request; the query parameters are k.")]
    [InlineData("/api/categories?page=2", "page", "page: not a query parameter of this request; it takes no query " +
        "parameters.")]
    [InlineData("/api/products?=dice", "query",
        $"query: '=dice' has no parameter name; the query parameters are {SearchParameters}.")]
    [InlineData("/api/products?q%ZZ=dice", "q%ZZ",
        $"q%ZZ: not a query parameter of this request; the query parameters are {SearchParameters}.")]
    public async Task Get_UnknownQueryParameter_Returns400NamingItAndListingTheParameters(string url, string field,
        string detail)
    {
        var problem = await factory.GetRaw(url, HttpStatusCode.BadRequest);

        Assert.Equal(detail, problem.Detail());
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.Equal($"Invalid {field}", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task AnyApiEndpoint_UnknownQueryParameter_Returns400BeforeTheHandlerRuns()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } route && (route.StartsWith("/api/", StringComparison.Ordinal) ||
                route == "/health"))
            .SelectMany(e => e.Metadata.GetRequiredMetadata<HttpMethodMetadata>().HttpMethods,
                (e, method) => (Method: method, Route: e.RoutePattern.RawText!))
            .ToList();

        Assert.Equal(13, endpoints.Count);
        foreach (var (method, route) in endpoints)
        {
            string url = route.Replace("{id}", "d001", StringComparison.Ordinal)
                .Replace("{sessionId}", "all-endpoints", StringComparison.Ordinal) + "?zz=1";
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (method == "POST")
                request.Content = Api.Body(new { productId = "d001", type = "view" });
            using var response = await _client.SendAsync(request);

            var problem = await Api.Read(response, HttpStatusCode.BadRequest);
            Assert.StartsWith("zz: not a query parameter of this request; ", problem.Detail());
        }

        var events = await _client.GetJson("/api/sessions/all-endpoints/events");
        Assert.Equal(0, events.GetArrayLength());
    }

    [Theory]
    [InlineData("/api/products?q=dice&q=cards", "q")]
    [InlineData("/api/products?q=dice&Q=cards", "Q")]
    [InlineData("/api/products?pageSize=5&page=1&pageSize=5", "pageSize")]
    [InlineData("/api/products/d001/also-bought?k=1&k=2", "k")]
    [InlineData("/api/sessions/s1/recommendations?k=&k=3", "k")]
    public async Task Get_RepeatedQueryParameter_Returns400NamingIt(string url, string field)
    {
        var problem = await factory.GetRaw(url, HttpStatusCode.BadRequest);

        Assert.Equal($"{field}: given more than once; give each query parameter once (names ignore case).",
            problem.Detail());
        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Search_CategoryGivenTwice_AllowsBothCategories()
    {
        var page = await _client.GetJson("/api/products?category=Games&category=hobbies");

        Assert.Equal(["c004", "d001", "d002", "d003", "t005", "t006"], page.Ids().Order());
    }

    [Theory]
    [InlineData("/api/products?q=%ZZ", "q", "q must be percent-encoded UTF-8; got '%ZZ', where a '%' is not " +
        "followed by two hex digits.")]
    [InlineData("/api/products?q=50%", "q", "q must be percent-encoded UTF-8; got '50%', where a '%' is not " +
        "followed by two hex digits.")]
    [InlineData("/api/products?q=dice&page=%", "page", "page must be percent-encoded UTF-8; got '%', where a '%' " +
        "is not followed by two hex digits.")]
    [InlineData("/api/products/d001/similar?K=1%2", "k", "k must be percent-encoded UTF-8; got '1%2', where a '%' " +
        "is not followed by two hex digits.")]
    [InlineData("/api/products?category=Games%FF", "category", "category must be percent-encoded UTF-8; got " +
        "'Games%FF', which is not UTF-8 once decoded.")]
    public async Task Get_QueryValueNotPercentEncoded_Returns400NamingTheParameter(string url, string field,
        string detail)
    {
        var problem = await factory.GetRaw(url, HttpStatusCode.BadRequest);

        Assert.Equal(detail, problem.Detail());
        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Search_QueryAsTheWebPageBuildsIt_IsAccepted()
    {
        // app.js: URLSearchParams of q, page and pageSize, then category, minPrice, maxPrice and inStock when set.
        var page = await _client.GetJson(
            "/api/products?q=dice&page=1&pageSize=20&category=Games&minPrice=1&maxPrice=5&inStock=true");

        Assert.Equal(["d001", "d003"], page.Ids().Order());
    }

    [Fact]
    public async Task PostEvent_QueryParameter_Returns400AndStoresNothing()
    {
        var problem = await _client.PostJson("/api/sessions/post-query/events?type=view",
            """{"productId": "d001", "type": "view"}""", HttpStatusCode.BadRequest);

        Assert.Equal("type: not a query parameter of this request; it takes no query parameters.", problem.Detail());
        var events = await _client.GetJson("/api/sessions/post-query/events");
        Assert.Equal(0, events.GetArrayLength());
    }

    [Fact]
    public async Task OpenApi_EveryListedQueryParameter_IsAccepted()
    {
        var document = await _client.GetJson("/openapi/v1.json");

        int checkedParameters = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var operation) ||
                !operation.TryGetProperty("parameters", out var parameters))
            {
                continue;
            }

            var query = parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query")
                .Select(p => p.GetProperty("name").GetString() + "=").ToList();
            checkedParameters += query.Count;
            string url = path.Name.Replace("{id}", "d001", StringComparison.Ordinal)
                .Replace("{sessionId}", "listed", StringComparison.Ordinal) + "?" + string.Join("&", query);
            await _client.GetJson(url);
        }

        Assert.Equal(10, checkedParameters);
    }
}
