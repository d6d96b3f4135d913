namespace ToyRec.Server.Tests;

public sealed class ServiceApiTests(ToyRecFactory factory) : IClassFixture<ToyRecFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Health_Running_ReportsProductsAndSchema()
    {
        var health = await _client.GetJson("/health");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(8, health.GetProperty("products").GetInt32());
        Assert.Equal(1, health.GetProperty("eventSchemaVersion").GetInt32());
    }

    // Kestrel drops a HEAD answer's body; the in-memory test server does not, so only the status is checked.
    [Fact]
    public async Task Health_Head_Ok()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/health");
        using var response = await _client.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Evaluation_FilesInTheFolder_ServesValidOnesAndListsTheRest()
    {
        Directory.CreateDirectory(factory.EvaluationFolder);
        File.WriteAllText(Path.Combine(factory.EvaluationFolder, "evaluation-content.json"), """
            {"model": "content", "protocol": {"seed": 42},
             "metrics": [{"metric": "P@5", "variant": "same-top-level", "system": "toyrec", "value": 0.25}],
             "details": {"skippedVariants": {"co-purchase": "none of the 4 queries has a relevant product"},
                         "catalogue": {"skipped": "no held-out link"}}}
            """);
        File.WriteAllText(Path.Combine(factory.EvaluationFolder, "evaluation-neural.json"), """
            {"model": "neural", "protocol": {}, "metrics": [], "details": {"skipped": "no links"}}
            """);
        File.WriteAllText(Path.Combine(factory.EvaluationFolder, "evaluation-broken.json"), "{\"model\": ");
        File.WriteAllText(Path.Combine(factory.EvaluationFolder, "notes.json"), "{}");

        var report = await _client.GetJson("/api/evaluation");

        var result = Assert.Single(report.GetProperty("results").EnumerateArray());
        Assert.Equal("content", result.GetProperty("model").GetString());
        Assert.Equal(0.25, result.GetProperty("metrics")[0].GetProperty("value").GetDouble());
        string problem = Assert.Single(report.GetProperty("problems").EnumerateArray()).GetString()!;
        Assert.StartsWith("evaluation-broken.json: ", problem);
        Assert.Equal(["content co-purchase: not scored: none of the 4 queries has a relevant product",
            "content catalogue: not evaluated: no held-out link", "neural: not evaluated: no links"],
            report.GetProperty("skipped").EnumerateArray().Select(p => p.GetString()!));
    }

    [Fact]
    public async Task OpenApi_Document_ListsTheRoutes()
    {
        var document = await _client.GetJson("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/products/{id}/similar", paths);
        Assert.Contains("/api/sessions/{sessionId}/events", paths);
        Assert.Contains("/api/recommendations", paths);
    }

    [Fact]
    public async Task WebPage_Root_ServesHtmlCreditingTheData()
    {
        using var response = await _client.GetAsync("/");
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("PromptCloud", html);
        Assert.Contains("CC BY-SA 4.0", html);
        using var script = await _client.GetAsync("/app.js");
        Assert.True(script.IsSuccessStatusCode);
    }
}
