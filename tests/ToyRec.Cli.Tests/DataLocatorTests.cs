namespace ToyRec.Cli.Tests;

[Collection(nameof(EnvironmentCollection))]
public sealed class DataLocatorTests
{
    [Fact]
    public void Catalog_OptionWins_ThenEnvironmentVariable()
    {
        string file = Path.GetTempFileName();
        try
        {
            Environment.SetEnvironmentVariable(DataLocator.CatalogEnvironmentVariable, "/nowhere/x.csv");
            Assert.Equal(file, DataLocator.Catalog(file));
            var error = Assert.Throws<UsageException>(() => DataLocator.Catalog(null));
            Assert.Equal("$TOYREC_DATA is '/nowhere/x.csv', but that file does not exist.", error.Message);
            Environment.SetEnvironmentVariable(DataLocator.CatalogEnvironmentVariable, file);
            Assert.Equal(file, DataLocator.Catalog(null));
        }
        finally
        {
            Environment.SetEnvironmentVariable(DataLocator.CatalogEnvironmentVariable, null);
            File.Delete(file);
        }
    }

    [Fact]
    public void Catalog_NothingFound_SaysWhereToPutTheFileAndWhereToGetIt()
    {
        string previous = Environment.CurrentDirectory;
        var empty = Directory.CreateTempSubdirectory("toyrec-empty-");
        try
        {
            Environment.CurrentDirectory = empty.FullName;
            var error = Assert.Throws<UsageException>(() => DataLocator.Catalog(null));
            Assert.StartsWith("No catalogue found: looked for data/amazon_co-ecommerce_sample.csv and " +
                "../shared/data/amazon_co-ecommerce_sample.csv from ", error.Message, StringComparison.Ordinal);
            Assert.Contains("https://www.kaggle.com/datasets/PromptCloudHQ/toy-products-on-amazon", error.Message,
                StringComparison.Ordinal);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            empty.Delete();
        }
    }
}

/// <summary>Tests that change the process environment or directory run one at a time.</summary>
[CollectionDefinition(nameof(EnvironmentCollection), DisableParallelization = true)]
public sealed class EnvironmentCollection;
