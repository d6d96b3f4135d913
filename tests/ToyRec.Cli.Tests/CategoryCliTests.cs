using System.Text;
using System.Text.Json;

namespace ToyRec.Cli.Tests;

public sealed class CategoryCliTests : IDisposable
{
    private const string Header = "uniq_id,product_name,manufacturer,price,number_of_reviews," +
        "amazon_category_and_sub_category";

    private readonly string _folder = Directory.CreateTempSubdirectory("toyrec-category-").FullName;
    private readonly string _catalog;

    // Ten dice games and ten model trains: the smallest catalogue with two classes of the category model.
    public CategoryCliTests()
    {
        var csv = new StringBuilder(Header).Append('\n');
        for (int i = 0; i < 10; i++)
        {
            csv.Append($"g{i},Dice game {i},Acme,£{5 + i}.00,3,Games > Dice\n");
            csv.Append($"t{i},Model train {i},Hornby,£{50 + i}.00,3,Hobbies > Trains\n");
        }

        _catalog = CliRunner.WriteCatalog(_folder, csv.ToString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Category_KnownName_PredictsItsClassWithoutRemarks()
    {
        var root = Run("dice");

        Assert.Equal("Games", root.GetProperty("category").GetString());
        var first = root.GetProperty("suggestions")[0];
        Assert.StartsWith("Dice game", first.GetProperty("name").GetString());
        // Dice game i costs £(5 + i): the price as a number, as the API gives it, and as the catalogue wrote it.
        int game = first.GetProperty("id").GetString()![1] - '0';
        Assert.Equal(5 + game, first.GetProperty("price").GetDecimal());
        Assert.Equal($"£{5 + game}.00", first.GetProperty("priceText").GetString());
        Assert.Equal(0, root.GetProperty("remarks").GetArrayLength());
    }

    [Fact]
    public void Category_NameOfUnknownCharactersNoPriceOrRating_SaysThePredictionIsTheSameForAll()
    {
        var root = Run("\U0001F3B2\U0001F3B2");

        var remarks = root.GetProperty("remarks").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Equal(2, remarks.Count);
        Assert.Equal("no word or character sequence of the name was in the training names, and no price or rating " +
            "was given, so the prediction is the same for every such name", remarks[0]);
        Assert.StartsWith($"no product of {root.GetProperty("category").GetString()} shares a word", remarks[1]);
    }

    [Fact]
    public void Category_SavedModelOfAnotherCatalogue_WarnsAndFitsOnThisOne()
    {
        string models = Path.Combine(_folder, "models");
        var (code, output, error) = CliRunner.Run("train", "--data", _catalog, "--models", models);
        Assert.True(code == 0, error);
        // Other ids, and a class the saved model never saw.
        var csv = new StringBuilder(Header).Append('\n');
        for (int i = 0; i < 10; i++)
        {
            csv.Append($"x{i},Dice game {i},Acme,£{5 + i}.00,3,Games > Dice\n");
            csv.Append($"y{i},Jigsaw puzzle {i},Puzzleco,£{10 + i}.00,3,Puzzles > Jigsaws\n");
        }

        string other = Path.Combine(_folder, "other.csv");
        File.WriteAllText(other, csv.ToString());

        (code, output, error) = CliRunner.Run("category", "--name", "jigsaw puzzle", "--json", "--data", other,
            "--models", models);

        Assert.True(code == 0, error);
        Assert.Contains($"Warning: {Path.Combine(models, "category.bin")} was fitted on another catalogue (or a " +
            "larger one that this is part of): only 0 of the 20 products it recorded are in this one (run " +
            "'toyrec train' on this catalogue); fitting one on this catalogue now.", error, StringComparison.Ordinal);
        Assert.Equal("Puzzles", JsonDocument.Parse(output).RootElement.GetProperty("category").GetString());
    }

    [Fact]
    public void Category_NameLongerThanTheApiTakes_ExitsTwo()
    {
        var (code, output, error) = CliRunner.Run("category", "--name", new string('a', 501), "--data", _catalog);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("error: --name has 501 characters; give at most 500, as the HTTP API takes.", error,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("   ", "--name must be a product name such as \"Settlers of Catan Board Game\".")]
    [InlineData("\u0001\u001b", "--name must be free of control characters; got U+0001 at character 1.")]
    [InlineData(" dice\u001b[2J", "--name must be free of control characters; got U+001B at character 5.")]
    public void Category_NameOfSpaceOrWithControlCharacters_ExitsTwo(string name, string message)
    {
        var (code, output, error) = CliRunner.Run("category", "--name", name, "--data", _catalog);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains($"error: {message}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Category_NameWithAReplacementCharacter_WarnsAboutTheEncoding()
    {
        var (code, _, error) = CliRunner.Run("category", "--name", "dice \uFFFD game", "--data", _catalog,
            "--models", Path.Combine(_folder, "no-models"));

        Assert.Equal(0, code);
        Assert.Contains("Warning: --name has bytes that are not UTF-8", error, StringComparison.Ordinal);
    }

    private JsonElement Run(string name)
    {
        var (code, output, error) = CliRunner.Run("category", "--name", name, "-k", "2", "--json", "--data", _catalog,
            "--models", Path.Combine(_folder, "no-models"));

        Assert.True(code == 0, error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
