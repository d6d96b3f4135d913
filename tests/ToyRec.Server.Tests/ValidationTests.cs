using System.Net;
using System.Text.Json;

namespace ToyRec.Server.Tests;

public sealed class ValidationTests(ToyRecFactory factory) : IClassFixture<ToyRecFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/products/d001/similar?k=0", "k", "k must be from 1 to 100; got 0.")]
    [InlineData("/api/products/d001/similar?k=101", "k", "k must be from 1 to 100; got 101.")]
    [InlineData("/api/products/d001/also-bought?k=abc", "k", "k must be a whole number from 1 to 100; got 'abc'.")]
    [InlineData("/api/products?pageSize=500", "pageSize", "pageSize must be from 1 to 100; got 500.")]
    [InlineData("/api/products?page=0", "page", "page must be from 1 to 10000; got 0.")]
    [InlineData("/api/products?minPrice=-1", "minPrice",
        "minPrice must be a price in pounds from 0 to 100000; got -1.")]
    [InlineData("/api/products?maxPrice=cheap", "maxPrice",
        "maxPrice must be a price in pounds from 0 to 100000; got 'cheap'.")]
    [InlineData("/api/products?minPrice=5&maxPrice=2", "maxPrice", "maxPrice must be at least minPrice (5); got 2.")]
    [InlineData("/api/products?minPrice=1,000", "minPrice",
        "minPrice must be a price in pounds from 0 to 100000; got '1,000'.")]
    [InlineData("/api/products?maxPrice=5-", "maxPrice",
        "maxPrice must be a price in pounds from 0 to 100000; got '5-'.")]
    [InlineData("/api/products?inStock=maybe", "inStock", "inStock must be true or false; got 'maybe'.")]
    [InlineData("/api/products?inStock=True", "inStock", "inStock must be true or false; got 'True'.")]
    [InlineData("/api/products?q=dice%00cup", "q", "q must be free of control characters; got U+0000 at " +
        "character 5.")]
    [InlineData("/api/products/d001/similar?k=%2B5", "k", "k must be a whole number from 1 to 100; got '+5'.")]
    [InlineData("/api/products/d001/similar?k=%205", "k", "k must be a whole number from 1 to 100; got ' 5'.")]
    [InlineData("/api/products/d001/similar?k=1e1", "k", "k must be a whole number from 1 to 100; got '1e1'.")]
    [InlineData("/api/products?minPrice=%2B3", "minPrice",
        "minPrice must be a price in pounds from 0 to 100000; got '+3'.")]
    [InlineData("/api/products?category=Nope", "category",
        "category: 'Nope' is not a category at any level of a product's path; the top-level ones are: Baby & " +
        "Toddler Toys; Games; Hobbies.")]
    [InlineData("/api/sessions/s1/recommendations?k=1000", "k", "k must be from 1 to 100; got 1000.")]
    [InlineData("/api/sessions/bad%20id/recommendations", "sessionId",
        "sessionId must be 1 to 64 letters, digits, '-' or '_'; got 'bad id'.")]
    public async Task Get_BadQueryValue_Returns400NamingFieldAndRange(string url, string field, string detail)
    {
        var problem = await _client.Problem(url, HttpStatusCode.BadRequest);

        Assert.Equal(detail, problem.Detail());
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.Equal($"Invalid {field}", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("""{"history": ["d001"], "k": 0}""", "k must be from 1 to 100; got 0.")]
    [InlineData("""{"history": ["d001"], "diversity": 2}""", "diversity must be from 0 to 1; got 2.")]
    [InlineData("""{"categories": ["Toys"]}""",
        "categories: 'Toys' is not a category at any level of a product's path; the top-level ones are: Baby & " +
        "Toddler Toys; Games; Hobbies.")]
    [InlineData("""{"minPrice": 10, "maxPrice": 1}""", "maxPrice must be at least minPrice (10); got 1.")]
    [InlineData("""{"k": "ten"}""", "k must be a whole number from 1 to 100; got the string \"ten\".")]
    [InlineData("""{"k": 2.5}""", "k must be a whole number from 1 to 100; got 2.5.")]
    [InlineData("""{"history": "d001"}""",
        "history must be an array of at most 200 product ids (strings); got the string \"d001\".")]
    [InlineData("""{"history": ["d001", 7]}""",
        "history must be an array of at most 200 product ids (strings); got 7 at history[1].")]
    [InlineData("""[1]""", "body: expected a JSON object with the fields history, k, minPrice, maxPrice, inStock, " +
        "categories, exclude, diversity, ordered, recencyDecay; got an array.")]
    [InlineData("""{"history": [""",
        "body: not valid JSON (line 1, byte 14): Expected depth to be zero at the end of the JSON payload.")]
    [InlineData("", "body: expected a JSON object; the request had no body.")]
    [InlineData("""{"history": ["d001", null]}""", "history[1] is null or empty; expected a product id.")]
    public async Task Recommendations_BadBody_Returns400WithMessage(string body, string detail)
    {
        var problem = await _client.PostJson("/api/recommendations", body, HttpStatusCode.BadRequest);

        Assert.Equal(detail, problem.Detail());
    }

    [Theory]
    [InlineData("/api/recommendations", "{\"history\": [\"\xFF\"]}", 15)]
    [InlineData("/api/category/predict", "{\"name\": \"Game \xFF\xFE\"}", 16)]
    [InlineData("/api/sessions/s1/events", "{\"\xFF\": 1}", 3)]
    public async Task Post_BodyNotUtf8_Returns400NamingTheByte(string url, string latin1Body, int badByte)
    {
        // Each char of the body is one byte, so "\xFF" stands for a lone 0xFF byte.
        using var content = new ByteArrayContent(System.Text.Encoding.Latin1.GetBytes(latin1Body));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var response = await _client.PostAsync(url, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal($"body: not UTF-8 text (byte {badByte} does not start a UTF-8 character); a JSON body must be " +
            "UTF-8.", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Recommendations_NestedValueWithALoneSurrogateEscape_Returns400()
    {
        var problem = await _client.PostJson("/api/recommendations", """{"history": ["d001", "\udc00x"]}""",
            HttpStatusCode.BadRequest);

        Assert.StartsWith("body: a field name or value is not valid text: ", problem.Detail(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recommendations_FieldNameWithALoneSurrogateEscape_Returns400()
    {
        var problem = await _client.PostJson("/api/recommendations", """{"\ud800": 1}""",
            HttpStatusCode.BadRequest);

        Assert.StartsWith("body: a field name or value is not valid text: ", problem.Detail(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recommendations_HistoryOver200_Returns400()
    {
        string history = string.Join(", ", Enumerable.Repeat("\"d001\"", 201));

        var problem = await _client.PostJson("/api/recommendations", $$"""{"history": [{{history}}]}""",
            HttpStatusCode.BadRequest);

        Assert.Equal("history must have at most 200 product ids; got 201.", problem.Detail());
    }

    [Fact]
    public async Task Recommendations_BodyOver64KiB_Returns400NamingTheLimit()
    {
        string body = $$"""{"history": [], "padding": "{{new string('x', 70_000)}}"}""";

        var problem = await _client.PostJson("/api/recommendations", body, HttpStatusCode.BadRequest);

        Assert.Equal($"body: must be at most 65536 bytes (64 KiB); got {body.Length} bytes.", problem.Detail());
    }

    [Fact]
    public async Task Recommendations_UnknownHistoryId_Returns404NamingItsPlace()
    {
        var problem = await _client.PostJson("/api/recommendations", """{"history": ["d001", "nope"]}""",
            HttpStatusCode.NotFound);

        Assert.Equal("history[1]: no product has id 'nope'.", problem.Detail());
    }

    [Theory]
    [InlineData("""{"productId": "d001", "type": "like"}""",
        "type must be one of view, add_to_basket, remove_from_basket, purchase; got 'like'.")]
    [InlineData("""{"type": "view"}""", "productId is required: the id of a catalogue product.")]
    [InlineData("""{"productId": "d001"}""",
        "type is required: one of view, add_to_basket, remove_from_basket, purchase.")]
    [InlineData("""{"productId": "d001", "type": "a-very-long-type-name-that-goes-on-and-on-and-on"}""",
        "type must be one of view, add_to_basket, remove_from_basket, purchase; got " +
        "'a-very-long-type-name-that-goes-on-and-o…'.")]
    public async Task Events_BadBody_Returns400WithMessage(string body, string detail)
    {
        var problem = await _client.PostJson("/api/sessions/v1/events", body, HttpStatusCode.BadRequest);

        Assert.Equal(detail, problem.Detail());
    }

    [Fact]
    public async Task Events_UnknownProduct_Returns404AndStoresNothing()
    {
        var problem = await _client.PostJson("/api/sessions/v2/events", """{"productId": "x9", "type": "view"}""",
            HttpStatusCode.NotFound);

        Assert.Equal("productId: no product has id 'x9'.", problem.Detail());
        var events = await _client.GetJson("/api/sessions/v2/events");
        Assert.Equal(0, events.GetArrayLength());
    }

    [Theory]
    [InlineData("""{"name": ""}""", "name must have 1 to 500 characters; got 0.")]
    [InlineData("""{"price": 5}""", "name is required: a string of 1 to 500 characters.")]
    [InlineData("""{"name": "\t\u2003 "}""", "name has only white space; expected a product name.")]
    [InlineData("""{"name": "\u0000\u001b"}""",
        "name must be free of control characters; got U+0000 at character 1.")]
    [InlineData("""{"name": "dice\u001b[31m"}""",
        "name must be free of control characters; got U+001B at character 5.")]
    [InlineData("""{"name": "dice", "rating": 6}""", "rating must be from 1 to 5; got 6.")]
    [InlineData("""{"name": "dice", "rating": 0}""", "rating must be from 1 to 5; got 0.")]
    [InlineData("""{"name": "dice", "price": -2}""", "price must be a price in pounds from 0 to 100000; got -2.")]
    public async Task PredictCategory_BadBody_Returns400WithMessage(string body, string detail)
    {
        var problem = await _client.PostJson("/api/category/predict", body, HttpStatusCode.BadRequest);

        Assert.Equal(detail, problem.Detail());
    }

    // An emoji is one character (code point), two UTF-16 units: 500 of them are a name of 500 characters.
    [Fact]
    public async Task PredictCategory_NameOfEmoji_CountedInCharactersNotUtf16Units()
    {
        string dice = string.Concat(Enumerable.Repeat("\U0001F3B2", 500));

        await _client.PostJson("/api/category/predict", JsonSerializer.Serialize(new { name = dice }));
        var problem = await _client.PostJson("/api/category/predict",
            JsonSerializer.Serialize(new { name = dice + "\U0001F3B2" }), HttpStatusCode.BadRequest);

        Assert.Equal("name must have 1 to 500 characters; got 501.", problem.Detail());
    }
}
