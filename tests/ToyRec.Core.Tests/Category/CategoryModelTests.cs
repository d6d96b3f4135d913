using ToyRec.Catalog;
using ToyRec.Category;
using ToyRec.Persistence;

namespace ToyRec.Core.Tests.Category;

public sealed class CategoryModelTests
{
    private static readonly CategoryLabels Labels = new(["Games", "Hobbies", CategoryLabels.OtherName]);

    private static readonly CategoryQuery[] Queries =
    [
        new("Dice game for families", 9.99, 4.5), new("Card game with dice", 12, 4.1), new("Board game classic", 20),
        new("Model train wagon", 30, 4.8), new("Railway track pack", 25, 4.6), new("Train engine model", 60, null),
        new("Birthday balloons", 3, 4), new("Party balloons pack", 2.5, 3.9), new("Balloon pump", 4, 4.2),
    ];

    private static readonly int[] Classes = [0, 0, 0, 1, 1, 1, 2, 2, 2];

    private static readonly CategoryModelOptions Single = new() { L2Grid = [1e-3] };

    [Fact]
    public void Predict_TinyCatalogue_NamesDecide()
    {
        var model = CategoryModel.Fit(Queries, Classes, Labels, Single);
        Assert.Equal("Games", model.Predict(new CategoryQuery("family dice game"))[0].Name);
        Assert.Equal("Hobbies", model.Predict(new CategoryQuery("train model", 40))[0].Name);
        Tolerance.Equal(1, model.Predict(new CategoryQuery("balloons")).Sum(s => s.Probability));
    }

    [Fact]
    public void KnowsName_SharedCharacterSequenceOrNone()
    {
        var model = CategoryModel.Fit(Queries, Classes, Labels, Single);

        Assert.True(model.KnowsName("dicey"));
        Assert.False(model.KnowsName("\u0436\u0436\u0436"));
        Assert.False(model.KnowsName(""));
    }

    [Fact]
    public void FittedProductsOf_ManyIds_KeepsEveryThirdUpTo256()
    {
        var fitted = FittedProducts.Of([.. Enumerable.Range(0, 600).Select(i => $"p{i}")]);

        Assert.Equal(600, fitted.Total);
        Assert.Equal(200, fitted.SampleIds.Count);
        Assert.Equal(["p0", "p3", "p6"], fitted.SampleIds.Take(3));
        Assert.Equal("p597", fitted.SampleIds[^1]);
    }

    [Fact]
    public void FittedOn_SavedWithTheModel_TellsAnotherCatalogueFromThisOne()
    {
        static ProductCatalog Catalogue(string prefix) => TestCatalogs.Clean(TestCatalogs.Csv([.. Enumerable.Range(0, 6)
            .Select(i => i % 2 == 0
                ? TestCatalogs.Row($"{prefix}{i}", $"Dice game {i}", "Games > Dice")
                : TestCatalogs.Row($"{prefix}{i}", $"Model train {i}", "Hobbies > Trains"))])).Catalog;
        var catalog = Catalogue("a");
        var model = CategoryModel.Fit(catalog, [0, 1, 2, 3], Labels, Single);
        string path = Path.Combine(Path.GetTempPath(), $"toyrec-category-{Guid.NewGuid():N}.bin");
        try
        {
            model.Save(path);
            var loaded = CategoryModel.Load(path);

            Assert.Equal(new FittedProducts(4, ["a0", "a1", "a2", "a3"]).SampleIds, loaded.FittedOn.SampleIds);
            Assert.Equal(4, loaded.FittedOn.Total);
            Assert.Null(loaded.FittedOn.OtherCatalogueReason(catalog, path));
            Assert.Equal($"{path} was fitted on another catalogue (or a larger one that this is part of): only 0 " +
                "of the 4 products it recorded are in this one (run 'toyrec train' on this catalogue)",
                loaded.FittedOn.OtherCatalogueReason(Catalogue("b"), path));
            Assert.Null(CategoryModel.Fit(Queries, Classes, Labels, Single).FittedOn.OtherCatalogueReason(catalog,
                path));
            Assert.Equal($"{path} was fitted on 2 products, fewer than half of this catalogue's 6 with a category " +
                "(run 'toyrec train' on this catalogue)",
                CategoryModel.Fit(catalog, [0, 1], Labels, Single).FittedOn.OtherCatalogueReason(catalog, path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    // The extended model has one block more with linked names (5) than without (4): both must load.
    [Theory]
    [InlineData(false, 1f)]
    [InlineData(true, 1f)]
    [InlineData(true, 0f)]
    public void SaveLoad_RoundTrip_IdenticalProbabilities(bool extended, float linkedNameWeight)
    {
        var options = Single with
        {
            Features = new CategoryFeatureOptions(Extended: extended, LinkedNameWeight: linkedNameWeight),
        };
        var queries = Queries.Select((q, i) => q with { Manufacturer = $"Maker {i % 3}", LinkedNames = $"Linked {i}" })
            .ToArray();
        var model = CategoryModel.Fit(queries, Classes, Labels, options);
        string path = Path.Combine(Path.GetTempPath(), $"toyrec-category-{Guid.NewGuid():N}.bin");
        try
        {
            model.Save(path);
            var loaded = CategoryModel.Load(path);
            Assert.Equal(Labels.Names, loaded.Labels.Names);
            Assert.Equal(extended, loaded.Features.Extended);
            foreach (var query in queries.Append(new CategoryQuery("unknown words here")))
                Assert.Equal(model.PredictProbabilities(query), loaded.PredictProbabilities(query));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_OtherVersion_SaysWhichVersion()
    {
        string path = Path.Combine(Path.GetTempPath(), $"toyrec-category-{Guid.NewGuid():N}.bin");
        try
        {
            ModelFile.Save(path, CategoryModel.FileKind, CategoryModel.FormatVersion + 1, w => w.Write(1));
            var error = Assert.Throws<InvalidDataException>(() => CategoryModel.Load(path));
            Assert.Equal($"'{path}' is a category model of format version {CategoryModel.FormatVersion + 1}; " +
                $"this ToyRec reads version {CategoryModel.FormatVersion}. Run 'toyrec train' again.", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_DamagedFile_FailsClearly()
    {
        var model = CategoryModel.Fit(Queries, Classes, Labels, Single);
        string path = Path.Combine(Path.GetTempPath(), $"toyrec-category-{Guid.NewGuid():N}.bin");
        try
        {
            model.Save(path);
            var bytes = File.ReadAllBytes(path);
            bytes[^10] ^= 0xFF;
            File.WriteAllBytes(path, bytes);
            var error = Assert.Throws<InvalidDataException>(() => CategoryModel.Load(path));
            Assert.Equal($"'{path}' is damaged: its checksum does not match its content.", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Fit_GridOfThree_ChoosesOnValidationAndRecordsEach()
    {
        var options = new CategoryModelOptions(ValidationFraction: 0.34) { L2Grid = [1e-2, 1e-3, 1e-4] };
        var model = CategoryModel.Fit(Queries, Classes, Labels, options);
        Assert.Equal([1e-2, 1e-3, 1e-4], model.Tuning.Select(t => t.L2));
        Assert.Contains(model.L2, options.L2Grid);
        var best = model.Tuning.Max(t => t.ValidationAccuracy);
        Assert.Equal(model.Tuning.Where(t => t.ValidationAccuracy == best).Max(t => t.L2), model.L2);
    }

    [Fact]
    public void Predict_WorkedExampleOnRealData_GamesLikeCategoryAndBoardGameSuggestions()
    {
        // The study's example: {price: 49.99, name: "Settlers of Catan Board Game", rating: 4.7} → "Games".
        var (catalog, _) = CatalogCleaner.Clean(new CatalogReader().ReadFile(SharedData.Catalog));
        var labels = CategoryLabels.From(catalog);
        Assert.Equal(17, labels.Count);
        var labelled = Enumerable.Range(0, catalog.Count).Where(i => !catalog[i].Category.IsEmpty).ToArray();
        var options = new CategoryModelOptions
        {
            L2Grid = [1e-5],
            Softmax = new SoftmaxOptions(MaxIterations: 60, RelativeTolerance: 1e-4),
        };
        var model = CategoryModel.Fit(catalog, labelled, labels, options);
        var query = new CategoryQuery("Settlers of Catan Board Game", 49.99, 4.7);
        var ranked = model.Predict(query);
        Assert.Contains(ranked[0].Name, (string[])["Games", "Jigsaws & Puzzles"]);
        var suggestions = model.Suggest(catalog, query, labels.Names.ToList().IndexOf(ranked[0].Name), 5);
        Assert.Equal(5, suggestions.Count);
        Assert.All(suggestions, s => Assert.Equal(ranked[0].Name, catalog[s.Index].Category.TopLevel));
        Assert.Contains(suggestions, s => catalog[s.Index].Name.Contains("Board Game", StringComparison.Ordinal));
    }

    [Fact]
    public void Suggest_ExactDuplicatesInTheClass_OnlyOneOfThem()
    {
        var model = CategoryModel.Fit(Queries, Classes, Labels, Single);
        Product Game(string id, string name, string maker) => new()
        {
            Id = id,
            Name = name,
            Manufacturer = maker,
            Category = new CategoryPath(["Games", "Dice"]),
        };
        // g1 and g2 are one toy under two ids; g3 shares the name with another maker.
        Product[] products = [Game("g1", "Dice game", "Acme"), Game("g2", "Dice game", "Acme"),
            Game("g3", "Dice game", "Other"), Game("g4", "Card game", "Acme")];
        var catalog = new ProductCatalog(products, [.. products.Select(_ => Array.Empty<int>())],
            [.. products.Select(_ => Array.Empty<int>())]);

        var suggestions = model.Suggest(catalog, new CategoryQuery("dice game"), 0, 3);

        Assert.Equal([0, 2, 3], suggestions.Select(s => s.Index));
        // The second call reads the name vectors the first one kept, and must rank the same.
        Assert.Equal(suggestions, model.Suggest(catalog, new CategoryQuery("dice game"), 0, 3));
        Assert.Equal([3, 0, 2], model.Suggest(catalog, new CategoryQuery("card game"), 0, 3).Select(s => s.Index));
    }
}
