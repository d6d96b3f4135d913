using System.Text.Json;

namespace ToyRec.Cli.Tests;

public sealed class PersonalCliTests : IDisposable
{
    private const string Header = "uniq_id,product_name,manufacturer,price,number_of_reviews," +
        "amazon_category_and_sub_category,customers_who_bought_this_item_also_bought,number_available_in_stock";

    private readonly string _folder = Directory.CreateTempSubdirectory("toyrec-personal-").FullName;
    private readonly string _log;
    private readonly string _catalog;

    public PersonalCliTests()
    {
        _log = Path.Combine(_folder, "sequential.txt");
        // User 8 brings the log to 20 items, so that every user has more than 10 candidates (with fewer, any
        // system would hit at 10 and the evaluation refuses).
        File.WriteAllText(_log, "1 1 2 3 4\n2 2 3 4 5\n3 1 3 5 6\n4 4 5 6 7\n5 5 6 7 8\n6 1 2 7\n7 9\n" +
            "8 10 11 12 13 14 15 16 17 18 19 20\n");
        _catalog = CliRunner.WriteCatalog(_folder, Header + "\n" +
            "a,Red dice,Acme,£2.00,5,Games > Dice,,3 new\n" +
            "b,Red dice cup,Acme,£4.00,3,Games > Dice,,2 new\n" +
            "c,Blue dice bag,Cardco,£12.00,9,Games > Dice,,\n" +
            "d,Red train,Hornby,£9.00,2,Trains > Sets,,1 new\n");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void EvaluatePersonal_Json_ReportsEveryLogVariantAndSystemAndSkipsTheLinklessCatalogue()
    {
        var (code, output, _) = CliRunner.Run("evaluate", "personal", "--json", "--interactions", _log,
            "--data", _catalog);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("personal", root.GetProperty("model").GetString());
        Assert.Equal(1, root.GetProperty("protocol").GetProperty("usersSkipped").GetInt32());
        var metrics = root.GetProperty("metrics").EnumerateArray()
            .Select(m => (m.GetProperty("metric").GetString(), m.GetProperty("variant").GetString(),
                m.GetProperty("system").GetString()))
            .ToHashSet();
        foreach (string variant in new[] { "toys-5core-test", "toys-5core-validation" })
        {
            foreach (string system in new[] { "toyrec", "item-knn", "transitions", "popularity" })
            {
                foreach (string metric in new[] { "HR@5", "HR@10", "NDCG@5", "NDCG@10", "MRR" })
                    Assert.Contains((metric, variant, system), metrics);
            }
        }

        // The catalogue has no links, so there is no held-out link to measure: no figures, and the reason.
        Assert.DoesNotContain(metrics, m => m.Item2 == "catalogue");
        Assert.Contains("the catalogue has no resolved link to hold out",
            root.GetProperty("details").GetProperty("catalogue").GetProperty("skipped").GetString());
    }

    [Fact]
    public void EvaluatePersonal_LogWithTooFewItems_RefusedRatherThanEverySystemAtOne()
    {
        string small = Path.Combine(_folder, "small.txt");
        File.WriteAllText(small, "1 1 2 3 4\n2 2 3 4 5\n3 1 3 5 6\n");

        var (code, output, error) = CliRunner.Run("evaluate", "personal", "--interactions", small, "--data",
            _catalog);

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("every one of the 3 users to evaluate has at most 10 items outside their history (the log " +
            "has 6 items), so HR@10 would be 1 for any system", error, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluatePersonal_DamagedSavedNetwork_FailsBeforeTheLogIsEvaluated()
    {
        string models = Directory.CreateDirectory(Path.Combine(_folder, "models")).FullName;
        string network = Path.Combine(models, "neural.bin");
        File.WriteAllText(network, "not a model");

        var (code, output, error) = CliRunner.Run("evaluate", "personal", "--interactions", _log, "--data",
            _catalog, "--models", models);

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains($"'{network}' is not a ToyRec model file.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Validation:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluatePersonal_StrictBadLog_ExitsOneNamingFileAndLine()
    {
        string bad = Path.Combine(_folder, "bad.txt");
        File.WriteAllText(bad, "1 1 2 3\n2\n");

        var (code, _, error) = CliRunner.Run("evaluate", "personal", "--strict", "--interactions", bad);

        Assert.Equal(1, code);
        Assert.Contains($"error: {bad}, line 2: '2' is a user with no items; expected 'user item item ...'.", error,
            StringComparison.Ordinal);
    }

    [Fact]
    public void RecommendUser_Json_NothingFromTheUsersHistory()
    {
        var (code, output, _) = CliRunner.Run("recommend", "--user", "1", "-k", "3", "--json", "--interactions", _log,
            "--data", _catalog);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var items = json.RootElement.GetProperty("recommendations").EnumerateArray()
            .Select(r => r.GetProperty("item").GetProperty("item").GetString()).ToList();
        Assert.Equal(3, items.Count);
        Assert.DoesNotContain(items, i => i is "1" or "2" or "3" or "4");
    }

    [Theory]
    [InlineData("error: --user cannot be combined with --exclude: --user recommends items of the interaction log, " +
        "which are not catalogue products, and the filters and history options apply to catalogue recommendations " +
        "(--history) only.",
        "--user", "1", "--exclude", "a")]
    [InlineData("error: --max-price (10) must be at least --min-price (20).", "--history", "a", "--min-price", "20",
        "--max-price", "10")]
    [InlineData("error: --age is -1; expected a child's age in years from 0 to 120.", "--history", "a", "--age", "-1")]
    [InlineData("error: --recency-decay is 1.5; expected a number more than 0 and at most 1.", "--history", "a,b",
        "--recency-decay", "1.5")]
    [InlineData("error: --recency-decay is 0; expected a number more than 0 and at most 1.", "--history", "a,b",
        "--recency-decay", "0")]
    [InlineData("error: --user cannot be combined with --ordered/--recency-decay: --user recommends items of the " +
        "interaction log", "--user", "1", "--ordered")]
    public void Recommend_OptionsThatCannotApply_ExitTwoSayingWhy(string message, params string[] args)
    {
        var (code, _, error) = CliRunner.Run(["recommend", .. args, "--interactions", _log, "--data", _catalog]);

        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void RecommendHistory_NameWithACommaAndAWeight_IsOneItem()
    {
        string catalog = CliRunner.WriteCatalog(Directory.CreateDirectory(Path.Combine(_folder, "comma")).FullName,
            Header + "\n" +
            "a,Red dice,Acme,£2.00,5,Games > Dice,,3 new\n" +
            "e,\"Dice cup, leather\",Acme,£4.00,3,Games > Dice,,2 new\n" +
            "f,Leather,Acme,£4.00,3,Games > Dice,,2 new\n");

        var (code, output, error) = CliRunner.Run("recommend", "--history", "Dice cup, leather^2,a", "--json",
            "--data", catalog);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var history = json.RootElement.GetProperty("history").EnumerateArray()
            .Select(h => (h.GetProperty("id").GetString(), h.GetProperty("weight").GetDouble())).ToList();
        Assert.Equal([("e", 2.0), ("a", 1.0)], history);
        Assert.DoesNotContain("matched the product", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a^abc", "error: --history: weight 'abc' of 'a^abc' is not a number.")]
    [InlineData("a^0", "error: --history: weight '0' of 'a^0'; expected a number from 0.001 to 100.")]
    [InlineData("a^1e-300", "error: --history: weight '1e-300' of 'a^1e-300'; expected a number from 0.001 to 100.")]
    [InlineData("a^", "error: --history: 'a^' has no weight after '^'.")]
    [InlineData(",,,", "error: --history names no product; give ids or names separated by commas.")]
    [InlineData("^2", "error: --history: '^2' gives a weight but no product.")]
    [InlineData("a^2^3", "error: --history: 'a^2^3' has more than one weight ('^').")]
    [InlineData("d,re", "error: --history: No product has the id or name 're' (text this short must be a whole " +
        "name).")]
    public void RecommendHistory_BadItem_ExitsTwoNamingIt(string history, string message)
    {
        var (code, _, error) = CliRunner.Run("recommend", "--history", history, "--data", _catalog);

        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void RecommendHistory_EmptyItems_SkippedAndLogged()
    {
        var (code, output, error) = CliRunner.Run("recommend", "--history", "a,,d,", "--json", "--data", _catalog);

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var history = json.RootElement.GetProperty("history").EnumerateArray()
            .Select(h => h.GetProperty("id").GetString()).ToList();
        Assert.Equal(["a", "d"], history);
        Assert.Contains("--history: skipped 2 empty items (nothing between two commas).", error,
            StringComparison.Ordinal);
    }

    [Fact]
    public void RecommendHistory_EmptyString_PopularProducts()
    {
        var (code, output, error) = CliRunner.Run("recommend", "--history", "", "-k", "2", "--json", "--data",
            _catalog);

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("popularFallback").GetBoolean());
        Assert.Equal(0, json.RootElement.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public void RecommendHistory_MoreThanTheApiTakes_ExitsTwo()
    {
        var (code, _, error) = CliRunner.Run("recommend", "--history", string.Join(",", Enumerable.Repeat("a", 201)),
            "--data", _catalog);

        Assert.Equal(2, code);
        Assert.Contains("error: --history has more than 200 products; give at most 200, as the HTTP API takes.",
            error, StringComparison.Ordinal);
    }

    [Fact]
    public void RecommendUser_AmazonReviewerIdInDataMaps_IsTheLogsUser()
    {
        string folder = Directory.CreateDirectory(Path.Combine(_folder, "mapped")).FullName;
        string log = Path.Combine(folder, "sequential.txt");
        File.Copy(_log, log);
        File.WriteAllText(Path.Combine(folder, "datamaps.json"),
            """{"id2item": {"1": "B000000001"}, "id2user": {"1": "AREVIEWER1", "2": "AREVIEWER2"}}""");

        var (code, output, error) = CliRunner.Run("recommend", "--user", "AREVIEWER2", "-k", "2", "--json",
            "--interactions", log, "--data", _catalog);

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("2", json.RootElement.GetProperty("logUser").GetString());
        Assert.Equal(["2", "3", "4", "5"], json.RootElement.GetProperty("history").EnumerateArray()
            .Select(h => h.GetProperty("item").GetString()));
        Assert.Contains("Reviewer 'AREVIEWER2' is user '2' of", error, StringComparison.Ordinal);
    }

    [Fact]
    public void RecommendUser_Unknown_ExitsTwo()
    {
        var (code, _, error) = CliRunner.Run("recommend", "--user", "nobody", "--interactions", _log);

        Assert.Equal(2, code);
        Assert.Contains("User 'nobody' is not in", error, StringComparison.Ordinal);
    }

    [Fact]
    public void RecommendHistory_InStockFilter_AppliedBeforeTheCut()
    {
        var (code, output, _) = CliRunner.Run("recommend", "--history", "a", "--in-stock", "-k", "2", "--json",
            "--data", _catalog);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var ids = json.RootElement.GetProperty("recommendations").EnumerateArray()
            .Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(["b", "d"], ids);
    }

    [Theory]
    [InlineData(new[] { "--ordered" }, new[] { 0.64, 0.8, 1 })]
    [InlineData(new[] { "--recency-decay", "0.5" }, new[] { 0.25, 0.5, 1 })]
    [InlineData(new string[0], new[] { 1.0, 1, 1 })]
    public void RecommendHistory_Ordered_OlderProductsWeighLess(string[] order, double[] weights)
    {
        var (code, output, error) = CliRunner.Run(["recommend", "--history", "a,b,d", .. order, "--json", "--data",
            _catalog]);

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var history = json.RootElement.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["a", "b", "d"], history.Select(h => h.GetProperty("id").GetString()));
        // Single-precision weights print by their shortest round trip, so 0.8² = 0.64 comes back exactly.
        Assert.Equal(weights, history.Select(h => h.GetProperty("weight").GetDouble()));
    }
}
