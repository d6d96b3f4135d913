using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using ToyRec.Neural;
using ToyRec.Persistence;

namespace ToyRec.Cli.Tests;

/// <summary>What a new user meets with small, wrong or hostile inputs: exit codes and the exact messages.</summary>
public sealed class RobustnessCliTests : IDisposable
{
    private const string Header = "uniq_id,product_name,manufacturer,price,number_of_reviews," +
        "amazon_category_and_sub_category,customers_who_bought_this_item_also_bought";

    private const string TinyNeural = "error: The co-purchase network (all-labels label space) needs at least one " +
        "label and one product with a label in each of its training, validation and test parts (an 80/10/10 split " +
        "of the products with also-bought links, so about 10 or more) and a vocabulary; found 2 labels, 2 " +
        "training, 0 validation and 0 test products, and 0 words.";

    private readonly string _folder = Directory.CreateTempSubdirectory("toyrec-robust-").FullName;
    private readonly string _tiny;
    private readonly string _headerOnly;

    public RobustnessCliTests()
    {
        _tiny = CliRunner.WriteCatalog(_folder, Header + "\n" +
            "a,Red dice,Acme,£2.00,5,Games > Dice,http://www.amazon.co.uk/Blue-Cards\n" +
            "b,Red dice cup,Acme,,3,Games > Dice,\n" +
            "c,Blue cards,Cardco,£3.40,1,Games > Cards,http://www.amazon.co.uk/Elsewhere\n");
        _headerOnly = Path.Combine(_folder, "header.csv");
        File.WriteAllText(_headerOnly, Header + "\n");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void EvaluateNeural_TinyCatalogue_ExitsOneSayingWhatItNeedsAndFound()
    {
        var (code, _, error) = CliRunner.Run("evaluate", "neural", "--data", _tiny);

        Assert.Equal(1, code);
        Assert.Contains(TinyNeural, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateCategoryAndContent_HeaderOnlyCatalogue_ExitOneWithCounts()
    {
        var category = CliRunner.Run("evaluate", "category", "--data", _headerOnly);
        var content = CliRunner.Run("evaluate", "content", "--data", _headerOnly);

        Assert.Equal(1, category.ExitCode);
        Assert.Contains("error: The category model cannot be evaluated: no top-level category has 10 or more " +
            "products (the catalogue has 0 with a category); the category model needs at least one such category " +
            "besides 'Other'.", category.Error, StringComparison.Ordinal);
        Assert.Equal(1, content.ExitCode);
        Assert.Contains("error: The content evaluation needs at least 2 products (one in each of its validation " +
            "and test halves); the catalogue has 0.", content.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_TinyCatalogue_SkipsTheModelsThatCannotBeFittedWithNotes()
    {
        string output = Path.Combine(_folder, "out");
        string earlier = Path.Combine(Directory.CreateDirectory(output).FullName, "evaluation-category.json");
        File.WriteAllText(earlier, "{}");

        var (code, _, error) = CliRunner.Run("run", "--data", _tiny, "--out", output);

        Assert.True(code == 0, error);
        // The earlier file is replaced by one with no figures and the reason, for the server's results page.
        using (var stub = JsonDocument.Parse(File.ReadAllText(earlier)))
        {
            Assert.Equal("category", stub.RootElement.GetProperty("model").GetString());
            Assert.Equal(0, stub.RootElement.GetProperty("metrics").GetArrayLength());
            Assert.StartsWith("The category model cannot be evaluated",
                stub.RootElement.GetProperty("details").GetProperty("skipped").GetString(), StringComparison.Ordinal);
        }

        string results = File.ReadAllText(Path.Combine(output, "results.md"));
        // Every product is in Games, so the same-top-level relevance is left out; the test half's one query has no
        // other product of its path, so only the all-queries same-path figures remain.
        Assert.Contains("| content | same-path-all | MAP@5 |", results, StringComparison.Ordinal);
        Assert.Contains("- Skipped content same-top-level: every product has the same top-level category (Games)",
            results, StringComparison.Ordinal);
        Assert.Contains("- Skipped category: The category model cannot be evaluated: no top-level category has 10 " +
            "or more products (the catalogue has 3 with a category); the category model needs at least one such " +
            "category besides 'Other'.", results, StringComparison.Ordinal);
        Assert.Contains("- Skipped " + TinyNeural.Replace("error: The", "neural: The", StringComparison.Ordinal),
            results, StringComparison.Ordinal);
        Assert.Contains("neural: skipped: The co-purchase network", error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "evaluation-neural.json")));
        Assert.True(File.Exists(Path.Combine(output, "evaluation-content.json")));
    }

    [Fact]
    public void Run_MissingInteractions_IsAUsageErrorBeforeAnyModelRuns()
    {
        string missing = Path.Combine(_folder, "nothere.txt");

        var (code, _, error) = CliRunner.Run("run", "--data", _tiny, "--out", Path.Combine(_folder, "out"),
            "--interactions", missing);

        Assert.Equal(2, code);
        Assert.Equal($"error: The interaction log file '{missing}' given with the option does not exist.",
            error.Trim());
    }

    [Fact]
    public void Train_HeaderOnlyCatalogue_ExitsOneNamingEachModelsReason()
    {
        var (code, _, error) = CliRunner.Run("train", "--data", _headerOnly, "--models",
            Path.Combine(_folder, "models"));

        Assert.Equal(1, code);
        Assert.Contains("error: No model could be trained on this catalogue: category: No top-level category has 10 " +
            "or more products (the catalogue has 0 with a category);", error, StringComparison.Ordinal);
        Assert.Contains(" neural: The co-purchase network (all-labels label space) needs at least one label",
            error, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluatePersonal_NoUserLongEnough_ExitsOneNamingTheFile()
    {
        string log = Path.Combine(_folder, "short.txt");
        File.WriteAllText(log, "u1 a\nu2 b c\n\nu3 a\n");

        var (code, _, error) = CliRunner.Run("evaluate", "personal", "--interactions", log, "--data", _tiny);

        Assert.Equal(1, code);
        Assert.Contains("short.txt: 4 lines read, 3 kept, skipped: 1 blank.", error, StringComparison.Ordinal);
        Assert.Contains($"error: '{log}': no user can be evaluated: leave-one-out needs users with at least 3 " +
            "items (a history, a validation and a test item); the log read as sequential has 3 users with at most " +
            "2 items each.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error: --hidden is 100000000; expected a whole number from 1 to 8192.", "evaluate", "neural",
        "--hidden", "100000000")]
    [InlineData("error: --hidden is 99999999999; expected a whole number from 1 to 8192.", "evaluate", "neural",
        "--hidden", "99999999999")]
    [InlineData("error: --match-weight is -1; expected a number from 0 to 1000.", "evaluate", "neural",
        "--match-weight", "-1")]
    [InlineData("error: --dropout is 1; expected a number from 0 to 0.95.", "evaluate", "neural", "--dropout", "1")]
    [InlineData("error: --epochs: 'abc' is not a whole number.", "evaluate", "neural", "--epochs", "abc")]
    [InlineData("error: --learning-rate is 0; expected a number from 0.0001 to 1.", "evaluate", "neural",
        "--learning-rate", "0")]
    [InlineData("error: --price: 'abc' is not a number.", "category", "--name", "dice", "--price", "abc")]
    [InlineData("error: --rating is NaN; expected a number from 1 to 5.", "category", "--name", "dice", "--rating",
        "NaN")]
    [InlineData("error: --rating is 0; expected a number from 1 to 5.", "category", "--name", "dice", "--rating", "0")]
    [InlineData("error: --seed: 'abc' is not a whole number.", "clean", "--seed", "abc")]
    [InlineData("error: --seed: '1.5' is not a whole number.", "clean", "--seed", "1.5")]
    [InlineData("error: --min-price is -5; expected a number from 0 to 100000.", "recommend", "--history", "a",
        "--min-price", "-5")]
    [InlineData("error: -k is 1000000; expected a whole number from 1 to 100.", "also-bought", "a", "-k", "1000000")]
    [InlineData("error: -k is 1000000; expected a whole number from 1 to 100.", "recommend", "--history", "a", "-k",
        "1000000")]
    [InlineData("error: -k is 0; expected a whole number from 1 to 100.", "similar", "a", "-k", "0")]
    [InlineData("error: --diversity is 2; expected a number from 0 to 1.", "recommend", "--history", "a",
        "--diversity", "2")]
    [InlineData("error: --user cannot be combined with --history: --user recommends items of the interaction log, " +
        "which are not catalogue products, and the filters and history options apply to catalogue recommendations " +
        "(--history) only.",
        "recommend", "--user", "1", "--history", "a")]
    [InlineData("error: --urls: 'notaurl' is not a URL like http://127.0.0.1:5080; separate several with ';'.",
        "serve", "--urls", "notaurl")]
    public void Options_BadNumbersAndCombinations_AreUsageErrorsNamingOptionAndValue(string message,
        params string[] args)
    {
        var (code, _, error) = CliRunner.Run([.. args, "--data", _tiny]);

        Assert.Equal(2, code);
        Assert.Equal(message, error.Split('\n')[0].TrimEnd());
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_DanglingSymlink_IsAUsageErrorLikeAMissingFile()
    {
        string link = Path.Combine(_folder, "link.csv");
        File.CreateSymbolicLink(link, Path.Combine(_folder, "gone.csv"));

        var (code, _, error) = CliRunner.Run("clean", "--data", link);

        Assert.Equal(2, code);
        Assert.Equal($"error: The catalogue file '{link}' given with the option is a link to a file that does not " +
            "exist.", error.Trim());
    }

    [Fact]
    public void AlsoBought_GarbageModelPayload_ExitsOneNamingTheFile()
    {
        string models = Path.Combine(_folder, "models");
        string path = Path.Combine(models, "neural.bin");
        ModelFile.Save(path, CoPurchaseModel.Kind, CoPurchaseModel.FormatVersion, w => w.Write(new byte[40]));

        var (code, _, error) = CliRunner.Run("also-bought", "a", "--data", _tiny, "--models", models);
        ModelFile.Save(path, CoPurchaseModel.Kind, CoPurchaseModel.FormatVersion, w => w.Write(-7));
        var (negative, _, negativeError) = CliRunner.Run("also-bought", "a", "--data", _tiny, "--models", models);

        Assert.Equal(1, code);
        Assert.Contains($"error: '{path}': scalers of 0 values (expected 4) is not a plausible co-purchase model.",
            error, StringComparison.Ordinal);
        Assert.Equal(1, negative);
        Assert.Contains($"error: '{path}': -7 vocabulary words is not a plausible co-purchase model.", negativeError,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_DatabaseThatIsNotSqliteExitsOne_AFolderExitsTwo_NamingThePath()
    {
        string notADatabase = Path.Combine(_folder, "notadb.db");
        File.WriteAllText(notADatabase, "this is not a database, only some text long enough for a header check\n");

        var (code, _, error) = CliRunner.Run("serve", "--data", _tiny, "--models", Path.Combine(_folder, "m"),
            "--db", notADatabase);
        var (folderCode, _, folderError) = CliRunner.Run("serve", "--data", _tiny, "--models",
            Path.Combine(_folder, "m"), "--db", _folder);

        Assert.Equal(1, code);
        Assert.Contains($"error: '{notADatabase}' is not a ToyRec event database (SQLite: file is not a database).",
            error, StringComparison.Ordinal);
        Assert.Equal(2, folderCode);
        Assert.Contains($"error: --db '{_folder}' is a folder; expected the SQLite file of events.", folderError,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_PortInUse_ExitsOneWithOneLineAndNoStack()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var (code, _, error) = CliRunner.Run("serve", "--data", _tiny, "--models", Path.Combine(_folder, "m"),
            "--db", Path.Combine(_folder, "events.db"), "--urls", $"http://127.0.0.1:{port}");

        Assert.Equal(1, code);
        Assert.Contains($"error: Cannot listen on http://127.0.0.1:{port}: Failed to bind to address " +
            $"http://127.0.0.1:{port}: address already in use.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
