using System.Text.Json;

namespace ToyRec.Cli.Tests;

public sealed class CliTests : IDisposable
{
    private const string Header = "uniq_id,product_name,manufacturer,price,number_of_reviews," +
        "amazon_category_and_sub_category,customers_who_bought_this_item_also_bought";

    private readonly string _folder = Directory.CreateTempSubdirectory("toyrec-cli-").FullName;
    private readonly string _catalog;

    public CliTests()
    {
        _catalog = CliRunner.WriteCatalog(_folder, Header + "\n" +
            "a,Red dice,Acme,£2.00,5,Games > Dice,http://www.amazon.co.uk/Blue-Cards\n" +
            "b,Red dice cup,Acme,,3,Games > Dice,\n" +
            "c,Blue cards,Cardco,£3.4x,1,Games > Cards,http://www.amazon.co.uk/Elsewhere\n" +
            "d,Red train,Hornby,£9.00,2,,\n" +
            "e,short row\n");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Clean_Json_PrintsTheContractObjectOnly()
    {
        var (code, output, _) = CliRunner.Run("clean", "--json", "--data", _catalog);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(5, root.GetProperty("rowsRead").GetInt32());
        Assert.Equal(3, root.GetProperty("rowsKept").GetInt32());
        Assert.Equal(1, root.GetProperty("rowsDropped").GetProperty("no-category").GetInt32());
        Assert.Equal(1, root.GetProperty("rowsDropped").GetProperty("malformed").GetInt32());
        // b has no price and takes the median of "Games > Dice"; c's bad price reads as missing, and no other
        // "Games > Cards" product has a price, so c takes the median of the top level "Games".
        Assert.Equal(1, root.GetProperty("pricesImputed").GetProperty("category-path").GetInt32());
        Assert.Equal(1, root.GetProperty("pricesImputed").GetProperty("top-level").GetInt32());
        var links = root.GetProperty("links");
        Assert.Equal(2, links.GetProperty("total").GetInt32());
        Assert.Equal(1, links.GetProperty("resolved").GetInt32());
        Assert.Equal(1, links.GetProperty("outside").GetInt32());
        Assert.Equal(0, links.GetProperty("ambiguous").GetInt32());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("droppedFields").ValueKind);
    }

    [Fact]
    public void Clean_AbsentColumns_ListedOnceAsAbsentNotAsDropped()
    {
        var (code, output, _) = CliRunner.Run("clean", "--data", _catalog);

        Assert.Equal(0, code);
        // The file has no description columns: the report names them among the absent ones only.
        Assert.Contains("Columns dropped (≥ 90 % missing): none.", output, StringComparison.Ordinal);
        Assert.Contains("Columns of the layout absent from the file (read as empty): number_available_in_stock, ",
            output.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_Strict_ExitsOneNamingFileLineColumnAndValue()
    {
        var (code, output, error) = CliRunner.Run("clean", "--strict", "--data", _catalog);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains($"error: {_catalog}, line 4, column price: '£3.4x' is not a price like '£3.42' or " +
            "'£3.42 - £10.99'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Similar_Json_ListsNeighboursWithTerms()
    {
        var (code, output, _) = CliRunner.Run("similar", "a", "-k", "2", "--json", "--data", _catalog);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var first = json.RootElement.GetProperty("results")[0];
        Assert.Equal("b", first.GetProperty("id").GetString());
        // Shared terms with equal contributions come in vocabulary order.
        Assert.Equal(["acme", "dice", "red"], first.GetProperty("terms").EnumerateArray().Select(t => t.GetString()));
    }

    [Theory]
    [InlineData("similar", "no such toy")]
    [InlineData("similar", "a", "-k", "0")]
    [InlineData("search", "dice", "-k", "101")]
    [InlineData("clean", "--bogus")]
    public void BadUsage_ExitsTwoWithAMessage(params string[] args)
    {
        var (code, _, error) = CliRunner.Run([.. args, "--data", _catalog]);

        Assert.Equal(2, code);
        Assert.StartsWith("error: ", error.Split('\n').First(l => l.StartsWith('e')), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error: 'frobnicate' is not a command of toyrec; the commands are run, clean, similar, search, " +
        "category, evaluate, train, recommend, also-bought, serve.", "frobnicate")]
    [InlineData("error: 'frob' is not a command of toyrec evaluate; the commands are content, category, personal, " +
        "neural.", "evaluate", "frob")]
    public void UnknownCommand_OneLineNamingItAndTheCommands(string message, params string[] args)
    {
        var (code, output, error) = CliRunner.Run(args);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Equal([message, "Run 'toyrec --help' for usage."], error.TrimEnd().Split('\n'));
    }

    // Square brackets are Spectre markup: a name or query printed as a title must be escaped, not parsed.
    [Theory]
    [InlineData("search", "[dice]")]
    [InlineData("search", "dice [")]
    [InlineData("search", "[bold]dice[/]")]
    [InlineData("similar", "Red dice")]
    public void TextOutput_SquareBracketsInNamesOrQueries_PrintedAsWritten(string command, string text)
    {
        string folder = Directory.CreateDirectory(Path.Combine(_folder, "brackets")).FullName;
        string catalog = CliRunner.WriteCatalog(folder, Header + "\n" +
            "x,[NEW] Red dice [NEW],Acme,£2.00,5,Games > Dice,\ny,Red dice cup,Acme,£3.00,3,Games > Dice,\n");
        string query = command == "similar" ? "[NEW] Red dice [NEW]" : text;

        var (code, output, error) = CliRunner.Run(command, query, "--data", catalog);

        Assert.True(code == 0, error);
        Assert.Contains(command == "similar" ? "[NEW] Red dice [NEW]" : $"\"{text}\"", output,
            StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCommand_LongOne_ShortenedInTheMessage()
    {
        var (code, _, error) = CliRunner.Run(new string('x', 10_000));

        Assert.Equal(2, code);
        Assert.True(error.Length < 400, $"{error.Length} characters");
        Assert.StartsWith($"error: '{new string('x', 80)}…' is not a command of toyrec", error,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Error_QuotingControlCharactersOrALongValue_EscapesAndShortensIt()
    {
        var (code, _, error) = CliRunner.Run("similar", "zz\u001b[31mRED" + new string('x', 200), "--data", _catalog);

        Assert.Equal(2, code);
        Assert.DoesNotContain('\u001b', error);
        Assert.Contains($"No product has the id or name 'zz\\x1B[31mRED{new string('x', 70)}…'", error,
            StringComparison.Ordinal);
    }

    [Fact]
    public void FolderOptions_EmptyOrAFile_ExitTwoBeforeWritingAnything()
    {
        var (code, _, error) = CliRunner.Run("run", "--out", "", "--data", _catalog);
        Assert.Equal(2, code);
        Assert.Contains("error: --out was given an empty path; expected a folder.", error, StringComparison.Ordinal);

        (code, _, error) = CliRunner.Run("train", "--models", _catalog, "--data", _catalog);
        Assert.Equal(2, code);
        Assert.Contains($"error: --models '{_catalog}' is a file; expected a folder.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void DataFolderInsteadOfFile_ExitsTwoSayingSo()
    {
        var (code, _, error) = CliRunner.Run("clean", "--data", _folder);

        Assert.Equal(2, code);
        Assert.Contains($"error: The catalogue file '{_folder}' given with the option is a folder; expected a file.",
            error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingDataFile_ExitsTwoSayingWhichFile()
    {
        var (code, _, error) = CliRunner.Run("clean", "--data", Path.Combine(_folder, "absent.csv"));

        Assert.Equal(2, code);
        Assert.Equal($"error: The catalogue file '{Path.Combine(_folder, "absent.csv")}' given with the option does " +
            "not exist.", error.Trim());
    }

    [Fact]
    public void EvaluateContent_Json_IsOneEvaluationObject()
    {
        var (code, output, _) = CliRunner.Run("evaluate", "content", "--json", "--data", _catalog);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("content", json.RootElement.GetProperty("model").GetString());
        var metric = json.RootElement.GetProperty("metrics")[0];
        Assert.Equal("P@5", metric.GetProperty("metric").GetString());
        Assert.True(json.RootElement.TryGetProperty("protocol", out _));
        Assert.True(json.RootElement.TryGetProperty("details", out _));
    }
}
