using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace ToyRec.EndToEnd;

/// <summary>
/// The web page in Debian's Chromium, headless, against the real server (Kestrel on a free loopback port) over
/// the hand-made test catalogue. Chromium comes from <c>apt-get install chromium</c>; no browser is downloaded.
/// </summary>
public sealed class BrowserTests : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("toyrec-e2e-").FullName;
    private WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string _baseUrl = "";

    public async Task InitializeAsync()
    {
        _app = Server.ServerApp.Create(
        [
            "--urls", "http://127.0.0.1:0",
            "--data", Path.Combine(AppContext.BaseDirectory, "TestData", "toys.csv"),
            "--models", Path.Combine(_folder, "models"),
            "--db", Path.Combine(_folder, "events.db"),
            "--evaluation", Path.Combine(_folder, "out"),
            "--Logging:LogLevel:Default=Warning",
        ]);
        await _app.StartAsync();
        _baseUrl = _app.Urls.Single();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null)
            await _app.DisposeAsync();
    }

    [Fact]
    public async Task Shopper_SearchesDiceAndFillsBasket_SeesRecommendationsWithReasons()
    {
        var page = await NewPage(1100);
        await page.GotoAsync(_baseUrl);

        await page.FillAsync("#q", "dice");
        await page.PressAsync("#q", "Enter");
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("3 products, showing 1–3");
        var results = page.Locator("#search-results li a");
        string first = await results.Nth(0).InnerTextAsync();
        string second = await results.Nth(1).InnerTextAsync();

        await results.Nth(0).ClickAsync();
        await Assertions.Expect(page.Locator("#product-title")).ToHaveTextAsync(first);
        await Assertions.Expect(page.Locator("#similar li .reason").First).ToContainTextAsync($"similar to {first}");
        await page.ClickAsync("#add-to-basket");
        await Assertions.Expect(page.Locator("#basket-count")).ToHaveTextAsync("1");

        await page.GoBackAsync();
        await page.Locator("#search-results li a", new() { HasText = second }).ClickAsync();
        await Assertions.Expect(page.Locator("#product-title")).ToHaveTextAsync(second);
        await page.ClickAsync("#add-to-basket");
        await Assertions.Expect(page.Locator("#basket-count")).ToHaveTextAsync("2");
        await Assertions.Expect(page.Locator("#for-you-status")).ToContainTextAsync("From 2 basket items");

        var recommendations = page.Locator("#recommendations li");
        await Assertions.Expect(recommendations.First).ToBeVisibleAsync();
        string names = string.Join("\n", await page.Locator("#recommendations li a").AllInnerTextsAsync());
        Assert.DoesNotContain(first, names.Split('\n'));
        Assert.DoesNotContain(second, names.Split('\n'));
        await Assertions.Expect(recommendations.First.Locator(".reason")).ToContainTextAsync("bought together with");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artefact("basket.png"), FullPage = true });
    }

    [Fact]
    public async Task ResultsPage_WithEvaluationFile_DrawsTableCurvesBarsAndMatrix()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "out"));
        File.WriteAllText(Path.Combine(_folder, "out", "evaluation-content.json"), """
            {"model": "content", "protocol": {},
             "metrics": [
               {"metric": "P@5", "variant": "same-top-level", "system": "toyrec", "value": 0.4},
               {"metric": "P@10", "variant": "same-top-level", "system": "toyrec", "value": 0.35},
               {"metric": "P@5", "variant": "same-top-level", "system": "random", "value": 0.1},
               {"metric": "P@10", "variant": "same-top-level", "system": "random", "value": 0.1},
               {"metric": "accuracy", "variant": "study-features", "system": "toyrec", "value": 0.8}],
             "details": {"classes": [{"name": "Games", "products": 6}, {"name": "Hobbies", "products": 9}],
               "variants": {"study-features": {"perClass": [{"name": "Games"}, {"name": "Hobbies"}],
                 "confusion": [[5, 1], [2, 7]]}}}}
            """);
        var page = await NewPage(420);

        await page.GotoAsync(_baseUrl + "#/results");

        await Assertions.Expect(page.Locator("#results table td").First).ToHaveTextAsync("P@5");
        Assert.Equal(3, await page.Locator("#results svg.chart").CountAsync());
        await Assertions.Expect(page.Locator("#results figcaption")).ToHaveTextAsync(
            "variants › study-features › confusion: rows true, columns predicted");
        Assert.Equal(2, await page.Locator("#results svg polyline").CountAsync());
        Assert.Equal(4, await page.Locator("#results figure svg rect").CountAsync());
        Assert.Equal("Hobbies → Games: 2",
            await page.Locator("#results figure svg rect title").Nth(2).TextContentAsync());
        Assert.Equal(1, await page.Locator("#results svg[aria-label^='metrics without curves'] rect").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Artefact("results-narrow.png"),
            FullPage = true,
        });
    }

    [Fact]
    public async Task Basket_DoubleClickOnRemove_SendsOneRemovalAndEmptiesTheBasket()
    {
        var page = await BasketWithDiceSet();
        int removals = 0;
        page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.PostData?.Contains("remove_from_basket") == true)
                Interlocked.Increment(ref removals);
        };

        await page.Locator("#basket-items button").DblClickAsync();

        await Assertions.Expect(page.Locator("#basket-items .empty")).ToHaveTextAsync("Your basket is empty.");
        await Assertions.Expect(page.Locator("#basket-count")).ToHaveTextAsync("0");
        await Assertions.Expect(page.Locator("#for-you-status")).ToContainTextAsync("From 0 basket items");
        Assert.Equal(1, removals);
    }

    [Fact]
    public async Task Basket_RemoveOfProductAlreadyRemovedElsewhere_ShowsTheEmptyBasketNotAnError()
    {
        var page = await BasketWithDiceSet();
        string session = await page.EvaluateAsync<string>("localStorage.getItem('toyrec-session')");
        using var http = new HttpClient { BaseAddress = new Uri(_baseUrl) };
        using var removal = new StringContent("""{"productId": "d001", "type": "remove_from_basket"}""",
            System.Text.Encoding.UTF8, "application/json");
        (await http.PostAsync($"/api/sessions/{session}/events", removal)).EnsureSuccessStatusCode();

        await page.ClickAsync("#basket-items button");

        await Assertions.Expect(page.Locator("#basket-items .empty")).ToHaveTextAsync("Your basket is empty.");
        await Assertions.Expect(page.Locator("#basket-count")).ToHaveTextAsync("0");
        await Assertions.Expect(page.Locator("#for-you-status")).ToContainTextAsync("From 0 basket items");
    }

    // A new page (its own session) with the Wooden Dice Set added from its product view, showing the basket.
    private async Task<IPage> BasketWithDiceSet()
    {
        var page = await NewPage(1100);
        await page.GotoAsync(_baseUrl + "#/product/d001");
        await Assertions.Expect(page.Locator("#product-title")).ToHaveTextAsync("Wooden Dice Set");
        await page.ClickAsync("#add-to-basket");
        await Assertions.Expect(page.Locator("#basket-count")).ToHaveTextAsync("1");
        await page.ClickAsync("#basket-link");
        await Assertions.Expect(page.Locator("#basket-items li a")).ToHaveTextAsync("Wooden Dice Set");
        return page;
    }

    private Task<IPage> NewPage(int width) =>
        _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = width, Height = 900 } });

    // Screenshots go to artifacts/e2e/ under the repository root (ignored by git), where CI can collect them.
    private static string Artefact(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ToyRec.slnx")))
            directory = directory.Parent;
        string folder = Path.Combine(directory?.FullName ?? AppContext.BaseDirectory, "artifacts", "e2e");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
