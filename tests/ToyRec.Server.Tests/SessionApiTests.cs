using System.Net;

namespace ToyRec.Server.Tests;

public sealed class SessionApiTests(ToyRecFactory factory) : IClassFixture<ToyRecFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task PostEvent_Valid_Returns201AndIsReadBack()
    {
        var stored = await _client.PostEvent("read-back", "d001", "view");

        Assert.Equal("d001", stored.GetProperty("productId").GetString());
        Assert.Equal("view", stored.GetProperty("type").GetString());
        var events = await _client.GetJson("/api/sessions/read-back/events");
        Assert.Equal(1, events.GetArrayLength());
        Assert.Equal(stored.GetProperty("id").GetInt64(), events[0].GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task SessionRecommendations_BasketAndRemoval_FollowLinksAndSkipTouchedProducts()
    {
        await _client.PostEvent("basket", "d001", "add_to_basket");
        await _client.PostEvent("basket", "c004", "add_to_basket");
        await _client.PostEvent("basket", "c004", "remove_from_basket");

        var answer = await _client.GetJson("/api/sessions/basket/recommendations?k=4");

        Assert.Equal(3, answer.GetProperty("events").GetInt32());
        Assert.Equal(["d001"],
            answer.GetProperty("basket").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        // By links alone d003 scores 1/1.1 + 1/1.3 from d001 plus 0.3 from the removed (now only viewed) c004,
        // 1.978, against d002's 1 + 1/1.2 = 1.833. Products the shopper touched are never recommended.
        var ids = answer.Ids();
        Assert.Equal(["d003", "d002"], ids[..2]);
        Assert.DoesNotContain("d001", ids);
        Assert.DoesNotContain("c004", ids);
    }

    [Fact]
    public async Task PostEvent_SessionIdEndingInANewline_Returns400AndStoresNothing()
    {
        var problem = await _client.PostJson("/api/sessions/nl%0A/events", """{"productId": "d001", "type": "view"}""",
            HttpStatusCode.BadRequest);

        Assert.StartsWith("sessionId must be ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await _client.GetJson("/api/sessions/nl/events")).GetArrayLength());
    }

    [Fact]
    public async Task SessionRecommendations_NoEvents_ReturnPopularProducts()
    {
        var answer = await _client.GetJson("/api/sessions/empty/recommendations?k=1");

        Assert.Equal(0, answer.GetProperty("events").GetInt32());
        Assert.Equal(["d001"], answer.Ids());
    }

    [Fact]
    public async Task PostEvent_ManyConcurrently_AllAreStored()
    {
        const int count = 200;
        // No removals: one is accepted only for a product in the basket (tested below).
        var types = new[] { "view", "add_to_basket", "purchase" };
        var products = new[] { "d001", "d002", "d003", "c004", "t005", "t006", "b007", "b008" };

        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (i, _) => await _client.PostEvent($"busy-{i % 4}", products[i % products.Length],
                types[i % types.Length]));

        int stored = 0;
        for (int s = 0; s < 4; s++)
            stored += (await _client.GetJson($"/api/sessions/busy-{s}/events")).GetArrayLength();
        Assert.Equal(count, stored);
    }

    [Theory]
    [InlineData("rm-empty")]
    [InlineData("rm-viewed", "view")]
    [InlineData("rm-twice", "add_to_basket", "remove_from_basket")]
    [InlineData("rm-bought", "add_to_basket", "purchase")]
    [InlineData("rm-other", "add_to_basket:c004")]
    public async Task PostEvent_RemoveProductNotInBasket_Returns409NamingProductAndSession(string session,
        params string[] before)
    {
        foreach (string step in before)
        {
            var (type, product) = step.Contains(':') ? (step[..step.IndexOf(':')], step[(step.IndexOf(':') + 1)..])
                : (step, "d001");
            await _client.PostEvent(session, product, type);
        }

        var problem = await _client.PostJson($"/api/sessions/{session}/events",
            """{"productId": "d001", "type": "remove_from_basket"}""", HttpStatusCode.Conflict);

        Assert.Equal($"productId: 'd001' is not in the basket of session '{session}'; remove_from_basket takes a " +
            "product the session added and has not removed or bought since.", problem.Detail());
        Assert.Equal("Not in the basket", problem.GetProperty("title").GetString());
        Assert.Equal("productId", problem.GetProperty("field").GetString());
        Assert.Equal("d001", problem.GetProperty("id").GetString());
        Assert.Equal(session, problem.GetProperty("sessionId").GetString());
        var events = await _client.GetJson($"/api/sessions/{session}/events");
        Assert.Equal(before.Length, events.GetArrayLength());
    }

    [Fact]
    public async Task PostEvent_RemoveAddedAgainAfterRemoval_Returns201()
    {
        await _client.PostEvent("rm-again", "d001", "add_to_basket");
        await _client.PostEvent("rm-again", "d001", "remove_from_basket");
        await _client.PostEvent("rm-again", "d001", "add_to_basket");

        var stored = await _client.PostEvent("rm-again", "d001", "remove_from_basket");

        Assert.Equal("remove_from_basket", stored.GetProperty("type").GetString());
        var answer = await _client.GetJson("/api/sessions/rm-again/recommendations");
        Assert.Equal(0, answer.GetProperty("basket").GetArrayLength());
    }

    [Fact]
    public async Task PostEvent_ConcurrentRemovalsOfOneBasketItem_OnlyOneIsStored()
    {
        await _client.PostEvent("rm-race", "d002", "add_to_basket");
        var statuses = new HttpStatusCode[16];

        await Parallel.ForEachAsync(Enumerable.Range(0, statuses.Length),
            new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
            {
                using var body = Api.Body(new { productId = "d002", type = "remove_from_basket" });
                using var response = await _client.PostAsync("/api/sessions/rm-race/events", body);
                statuses[i] = response.StatusCode;
            });

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(15, statuses.Count(s => s == HttpStatusCode.Conflict));
        var events = await _client.GetJson("/api/sessions/rm-race/events");
        Assert.Equal(["add_to_basket", "remove_from_basket"],
            events.EnumerateArray().Select(e => e.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task Events_AfterHostRestart_AreStillThere()
    {
        string database = Path.Combine(factory.Folder, "restart.db");
        long[] ids;
        using (var first = new ToyRecFactory { DatabasePath = database })
        {
            var client = first.CreateClient();
            var posted = new List<long>();
            foreach (string product in new[] { "t005", "t006", "b007" })
                posted.Add((await client.PostEvent("restart", product, "add_to_basket")).GetProperty("id").GetInt64());
            ids = [.. posted];
        }

        using var second = new ToyRecFactory { DatabasePath = database };
        var events = await second.CreateClient().GetJson("/api/sessions/restart/events");

        Assert.Equal(ids, events.EnumerateArray().Select(e => e.GetProperty("id").GetInt64()));
        Assert.Equal(["t005", "t006", "b007"],
            events.EnumerateArray().Select(e => e.GetProperty("productId").GetString()));
        var answer = await second.CreateClient().GetJson("/api/sessions/restart/recommendations");
        Assert.Equal(3, answer.GetProperty("basket").GetArrayLength());
    }

    [Fact]
    public async Task PostEvent_BadSessionId_Returns400()
    {
        var problem = await _client.PostJson("/api/sessions/no!/events", """{"productId": "d001", "type": "view"}""",
            HttpStatusCode.BadRequest);

        Assert.Equal("sessionId must be 1 to 64 letters, digits, '-' or '_'; got 'no!'.", problem.Detail());
    }
}
