using System.Globalization;
using System.Text;
using System.Text.Json;
using ToyRec.Neural;

namespace ToyRec.Cli.Tests;

public sealed class NeuralCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("toyrec-neural-").FullName;
    private readonly string _catalog;

    public NeuralCommandTests()
    {
        // 40 toys in two families; each links to two slugs of its own family, so the task is learnable.
        var csv = new StringBuilder("uniq_id,product_name,manufacturer,price,number_of_reviews,average_review_rating," +
            "amazon_category_and_sub_category,customers_who_bought_this_item_also_bought\n");
        for (int i = 0; i < 40; i++)
        {
            string family = i % 2 == 0 ? "Hornby" : "Lego";
            string links = $"http://www.amazon.co.uk/{family}-Set-{(i + 2) % 40} | " +
                $"http://www.amazon.co.uk/{family}-Extra";
            csv.Append(CultureInfo.InvariantCulture,
                $"p{i},{family} Set {i},{family},£{i + 1}.00,{i},4.{i % 10} out of 5 stars,Toys > {family},{links}\n");
        }

        _catalog = CliRunner.WriteCatalog(_folder, csv.ToString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void AlsoBought_NoModelAndACatalogueWithoutLinks_SaysTrainingCannotHelp()
    {
        string linkless = CliRunner.WriteCatalog(Directory.CreateDirectory(Path.Combine(_folder, "linkless")).FullName,
            "uniq_id,product_name,manufacturer,amazon_category_and_sub_category\n" +
            "a,Red dice,Acme,Games > Dice\nb,Blue dice,Acme,Games > Dice\n");
        string models = Path.Combine(_folder, "no-models");

        var (code, output, error) = CliRunner.Run("also-bought", "a", "--data", linkless, "--models", models);

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("none can be trained for this catalogue: none of its products has an also-bought link",
            error, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateNeural_Json_ReportsEveryMetricVariantAndSystem()
    {
        var (code, output, error) = CliRunner.Run("evaluate", "neural", "--json", "--epochs", "2", "--data", _catalog);

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("neural", root.GetProperty("model").GetString());
        var metrics = root.GetProperty("metrics").EnumerateArray()
            .Select(m => (m.GetProperty("metric").GetString(), m.GetProperty("variant").GetString(),
                m.GetProperty("system").GetString()))
            .ToHashSet();
        Assert.Equal(11 * 2 * 5, metrics.Count);
        Assert.Contains(("R@20", "in-catalogue", "knn"), metrics);
        Assert.Contains(("coverage@10", "all-labels", "toyrec"), metrics);
        Assert.Equal(42, root.GetProperty("details").GetProperty("all-labels").GetProperty("labels").GetInt32());
        Assert.Contains("all-labels: epoch 1: train loss", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TrainThenAlsoBought_SavedModel_ListsPredictionsWithScores()
    {
        string models = Path.Combine(_folder, "models");

        var (trained, _, trainError) = CliRunner.Run("train", "--data", _catalog, "--models", models);
        var (code, output, error) = CliRunner.Run("also-bought", "Hornby Set 4", "-k", "3", "--json", "--data",
            _catalog, "--models", models);

        Assert.True(trained == 0, trainError);
        Assert.True(code == 0, error);
        Assert.True(File.Exists(Path.Combine(models, "neural.bin")));
        using var json = JsonDocument.Parse(output);
        var predictions = json.RootElement.GetProperty("predictions").EnumerateArray().ToArray();
        Assert.Equal(3, predictions.Length);
        Assert.True(predictions[0].GetProperty("score").GetDouble() >= predictions[2].GetProperty("score").GetDouble());
    }

    [Fact]
    public void AlsoBoughtDistinct_SlugsNamingTheProductOrRepeatingInAnotherCase_LeftOutAndCounted()
    {
        var product = new Catalog.Product { Id = "w", Name = "CubicFun Holland Windmill 3D Puzzle" };
        CoPurchasePrediction[] predictions =
        [
            new(0, "CubicFun-Holland-Windmill", 0.9, 0, 0), new(1, "Inflatable", 0.8, 0, 0),
            new(2, "INFLATABLE", 0.7, 0, 0), new(3, "CubicFun-Hollander", 0.6, 0, 0), new(4, "Jenga", 0.5, 0, 0),
            new(5, "CubicFun-Holland-Windmill-3D-Puzzle", 0.4, 0, 0),
        ];

        var (shown, namingItself, otherCase) = AlsoBoughtCommand.Distinct(product, predictions, 2);

        // The first two kept end the walk: the last slug, which also names the product, is not reached.
        Assert.Equal(["Inflatable", "CubicFun-Hollander"], shown.Select(p => p.Name));
        Assert.Equal(1, namingItself);
        Assert.Equal(1, otherCase);
    }

    [Fact]
    public void RecommendHistory_SavedModel_JoinsAsACoPurchaseSignal()
    {
        string models = Path.Combine(_folder, "models");
        Assert.Equal(0, CliRunner.Run("train", "--data", _catalog, "--models", models).ExitCode);

        var (code, output, error) = CliRunner.Run("recommend", "--history", "p4", "-k", "3", "--json", "--data",
            _catalog, "--models", models);

        Assert.True(code == 0, error);
        Assert.Contains($"Loading {Path.Combine(models, "neural.bin")}", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        var reasons = json.RootElement.GetProperty("recommendations").EnumerateArray()
            .Select(r => r.GetProperty("reason").GetString()).ToList();
        Assert.Contains(reasons, r => r!.EndsWith("by the co-purchase network", StringComparison.Ordinal));
        var (_, withoutModel, log) = CliRunner.Run("recommend", "--history", "p4", "-k", "3", "--json", "--data",
            _catalog, "--models", Path.Combine(_folder, "none"));
        Assert.DoesNotContain("by the co-purchase network", withoutModel, StringComparison.Ordinal);
        Assert.Contains("recommending without it", log, StringComparison.Ordinal);
    }

    [Fact]
    public void RecommendHistory_ModelOfAnotherCatalogue_IsLeftOutSayingWhy()
    {
        string models = Path.Combine(_folder, "models");
        Assert.Equal(0, CliRunner.Run("train", "--data", _catalog, "--models", models).ExitCode);
        string other = CliRunner.WriteCatalog(Directory.CreateDirectory(Path.Combine(_folder, "other")).FullName,
            File.ReadAllText(_catalog)
                .Replace("\np", "\nq", StringComparison.Ordinal));

        var (code, output, error) = CliRunner.Run("recommend", "--history", "q4", "-k", "3", "--json", "--data",
            other, "--models", models);

        Assert.True(code == 0, error);
        Assert.Contains($"{Path.Combine(models, "neural.bin")} was trained on another catalogue: only 0 of its ",
            error, StringComparison.Ordinal);
        Assert.DoesNotContain("by the co-purchase network", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AlsoBought_NoSavedModel_FailsWithHint()
    {
        var (code, _, error) = CliRunner.Run("also-bought", "p1", "--data", _catalog, "--models",
            Path.Combine(_folder, "none"));

        Assert.Equal(1, code);
        Assert.Contains("does not exist; run 'toyrec train' first.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evaluate", "neural", "--epochs", "0")]
    [InlineData("also-bought", "p1", "-k", "0")]
    [InlineData("also-bought", "no such toy at all")]
    public void Neural_BadUsage_ExitsTwo(params string[] args)
    {
        var (code, _, error) = CliRunner.Run([.. args, "--data", _catalog]);

        Assert.Equal(2, code);
        Assert.Matches("(^|\n)error: ", error);
    }
}
