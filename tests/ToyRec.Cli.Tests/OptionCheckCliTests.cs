namespace ToyRec.Cli.Tests;

/// <summary>Option values and files that cannot be used: the exit code and the exact message.</summary>
public sealed class OptionCheckCliTests : IDisposable
{
    private const string Header = "uniq_id,product_name,manufacturer,price,number_of_reviews," +
        "amazon_category_and_sub_category,customers_who_bought_this_item_also_bought";

    private readonly string _folder = Directory.CreateTempSubdirectory("toyrec-options-").FullName;
    private readonly string _catalog;

    public OptionCheckCliTests()
    {
        _catalog = CliRunner.WriteCatalog(_folder, Header + "\n" +
            "a,Red dice,Acme,£2.00,5,Games > Dice,http://www.amazon.co.uk/Blue-Cards\n" +
            "b,Blue cards,Cardco,£3.40,1,Games > Cards,\n");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("category", "--name", "Red dice")]
    [InlineData("recommend", "--history", "a")]
    [InlineData("also-bought", "a")]
    [InlineData("evaluate", "personal")]
    [InlineData("serve", "--urls", "http://127.0.0.1:0")]
    [InlineData("run")]
    public void Models_AFileInsteadOfAFolder_ExitsTwoLikeTrain(params string[] args)
    {
        var (code, _, error) = CliRunner.Run([.. args, "--data", _catalog, "--models", _catalog]);

        Assert.Equal(2, code);
        Assert.Contains($"error: --models '{_catalog}' is a file; expected a folder.", error,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("category.bin", "category", "--name", "Red dice")]
    [InlineData("neural.bin", "also-bought", "a")]
    [InlineData("category.bin", "train")]
    public void Models_AFolderWhereTheModelFileGoes_ExitsTwoNamingIt(string fileName, params string[] args)
    {
        string models = Path.Combine(_folder, "models");
        Directory.CreateDirectory(Path.Combine(models, fileName));

        var (code, _, error) = CliRunner.Run([.. args, "--data", _catalog, "--models", models]);

        Assert.Equal(2, code);
        Assert.Contains($"error: --models '{models}' holds a folder named {fileName}; expected the model file " +
            "that 'toyrec train' writes there, or nothing.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("train", "--models")]
    [InlineData("run", "--out")]
    public void FolderOption_UnderAFile_ExitsTwoBeforeAnyWork(string command, string option)
    {
        string folder = Path.Combine(_catalog, "models");

        var (code, output, error) = CliRunner.Run(command, "--data", _catalog, option, folder);

        Assert.Equal(2, code);
        Assert.Contains($"error: {option} '{folder}' is inside '{Path.GetFullPath(_catalog)}', which is a file; " +
            "expected a folder.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Training", error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public void Serve_EvaluationIsAFile_ExitsTwoNamingIt()
    {
        var (code, _, error) = CliRunner.Run("serve", "--urls", "http://127.0.0.1:0", "--data", _catalog,
            "--evaluation", _catalog);

        Assert.Equal(2, code);
        Assert.Contains($"error: --evaluation '{_catalog}' is a file; expected the folder where 'toyrec run' writes " +
            "evaluation-*.json.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_CatalogueWithoutTheCategoryColumn_ExitsOneNamingFileAndColumn()
    {
        string path = Path.Combine(_folder, "nocategory.csv");
        File.WriteAllText(path, "uniq_id,product_name,price\na,Red dice,£2.00\n");

        var (code, _, error) = CliRunner.Run("clean", "--data", path);

        Assert.Equal(1, code);
        Assert.Contains($"error: {path}, line 1: the header lacks the column amazon_category_and_sub_category; " +
            "expected it, since cleaning keeps only products with a category.", error, StringComparison.Ordinal);
    }
}
