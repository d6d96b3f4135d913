using Microsoft.Data.Sqlite;
using ToyRec.Catalog;
using ToyRec.Category;
using ToyRec.Content;
using ToyRec.Personal;
using ToyRec.Server.Catalog;
using ToyRec.Server.Recommendations;
using ToyRec.Server.Sessions;

namespace ToyRec.Server.Tests;

public sealed class UnitTests
{
    [Fact]
    public void AlsoBought_NetworkFillsAfterTheLinks_SkipsShownSelfAndWeakScaledBelowTheLastLink()
    {
        var service = ServiceWithNetwork(new Dictionary<(int, int), float>
        {
            [(0, 0)] = 1f,
            [(0, 2)] = 0.9f,
            [(0, 3)] = 0.6f,
            [(6, 6)] = 1f,
            [(6, 7)] = 0.9f,
            [(6, 4)] = 0.3f,
            [(6, 5)] = 0.04f,
        }, out var catalog);

        // d001 links to d002 and d003 (scores 1 and 1/2); the network's d003 is already shown, its c004 follows
        // at 0.6 / (1 + 2).
        var diceSet = service.AlsoBought(0, 3, Accept.All);
        // b007 has no links: the network's list as it scores it, the product itself and t006 (below the
        // minimum score) left out.
        var teddy = service.AlsoBought(6, 5, Accept.All);

        Assert.Equal(["d002", "d003", "c004"], diceSet.Select(r => catalog[r.Index].Id));
        Assert.Equal([1.0, 0.5, 0.2], diceSet.Select(r => Math.Round(r.Score, 6)));
        Assert.StartsWith("predicted to be bought with Wooden Dice Set by the co-purchase network", diceSet[2].Reason);
        Assert.Equal(["b008", "t005"], teddy.Select(r => catalog[r.Index].Id));
        Assert.Equal([0.9, 0.3], teddy.Select(r => Math.Round(r.Score, 6)));
    }

    [Fact]
    public void AlsoBought_NoNetwork_OnlyTheLinks()
    {
        var catalog = LoadCatalog();
        var content = ContentIndex.Build(catalog);
        var service = new CatalogueRecommendationService(new ProductLists(content),
            CatalogueRecommender.Build(catalog, content), network: null);

        Assert.Empty(service.AlsoBought(6, 5, Accept.All));
        Assert.Equal("catalogue-recommender", service.Name);
    }

    [Fact]
    public void SoftmaxPredictor_NameWithNothingKnown_ReasonSaysPriceAndRatingAlone()
    {
        var labels = new CategoryLabels(["Games", "Hobbies", CategoryLabels.OtherName]);
        CategoryQuery[] queries = [new("Dice game", 5), new("Card game", 6), new("Model train", 50), new("Rail", 40)];
        var model = CategoryModel.Fit(queries, [0, 0, 1, 1], labels, new CategoryModelOptions { L2Grid = [1e-3] });
        var predictor = new SoftmaxCategoryPredictor(model);

        var known = predictor.Predict("dice", null, null, 2);
        var unknown = predictor.Predict("\U0001F3B2", 5, null, 2);

        Assert.Equal("Games", known.Categories[0].Category);
        Assert.DoesNotContain("alone", known.Reason, StringComparison.Ordinal);
        Assert.Equal("multinomial logistic regression: no word or character sequence of the name was in the " +
            "training names, so the prediction rests on price and rating alone", unknown.Reason);
    }

    [Fact]
    public void SessionProfile_AddRemoveView_KeepsBasketAndWeightsInLastTouchOrder()
    {
        var events = new[]
        {
            Event(1, "a", EventType.AddToBasket), Event(2, "b", EventType.AddToBasket),
            Event(3, "c", EventType.View), Event(4, "a", EventType.RemoveFromBasket),
            Event(5, "b", EventType.Purchase),
        };

        var profile = SessionProfile.From(events);

        Assert.Empty(profile.Basket);
        Assert.Equal(["b"], profile.Purchased);
        Assert.Equal([("c", 0.3), ("a", 0.3), ("b", 1.0)], profile.History);
    }

    [Fact]
    public void EventStore_NewerSchemaOnDisk_RefusesWithVersionsInMessage()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("toyrec-schema-").FullName, "events.db");
        using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText =
                "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);" +
                "INSERT INTO schema_version VALUES (99, 'later');";
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        var error = Assert.Throws<InvalidDataException>(() => new EventStore(path));

        Assert.Equal($"The event database {path} has schema version 99, newer than the 1 this server knows; " +
            "use a newer server or another --db file.", error.Message);
        // The write-ahead log goes when the last connection closes: none is left open behind the error.
        Assert.False(File.Exists(path + "-wal"));
    }

    [Fact]
    public void EventStore_FileThatIsNotSqlite_ThrowsNamingThePath()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("toyrec-notadb-").FullName, "notadb.db");
        File.WriteAllText(path, "plain text, certainly not the 100-byte header of an SQLite database file\n");

        var error = Assert.Throws<InvalidDataException>(() => new EventStore(path));

        Assert.Equal($"'{path}' is not a ToyRec event database (SQLite: file is not a database).", error.Message);
    }

    [Fact]
    public void EventStore_Reopened_KeepsVersionAndEvents()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("toyrec-reopen-").FullName, "events.db");
        using (var store = new EventStore(path))
            store.Append("s", "p", EventType.View);

        using var reopened = new EventStore(path);

        Assert.Equal(1, reopened.SchemaVersion);
        Assert.Equal(1, reopened.Count("s"));
        Assert.Equal("p", Assert.Single(reopened.Read("s", 10)).ProductId);
    }

    [Fact]
    public void EventStoreReadProfile_OldBasketEvents_KeptBeyondTheLatestViews()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("toyrec-profile-").FullName, "events.db");
        using var store = new EventStore(path);
        store.Append("s", "x", EventType.AddToBasket);
        foreach (string product in new[] { "v1", "v2", "v3" })
            store.Append("s", product, EventType.View);
        store.Append("other", "y", EventType.AddToBasket);

        var events = store.ReadProfile("s", 2);

        Assert.Equal(["x", "v2", "v3"], events.Select(e => e.ProductId));
        Assert.Equal(["v2", "v3"], store.Read("s", 2).Select(e => e.ProductId));
    }

    [Fact]
    public void Search_ExactDuplicates_OnlyTheFirstOfEachGroupIsListed()
    {
        // b and d are the same toy under two ids (same name and maker); c shares the name with another maker.
        Product Toy(string id, string name, string maker, int reviews) =>
            new() { Id = id, Name = name, Manufacturer = maker, ReviewCount = reviews };
        Product[] products =
        [
            Toy("a", "Red dice", "Acme", 1), Toy("b", "Puppet glove", "Zoo", 9), Toy("c", "Puppet glove", "Other", 5),
            Toy("d", "Puppet glove", "Zoo", 7),
        ];
        var catalog = new ProductCatalog(products, [.. products.Select(_ => Array.Empty<int>())],
            [.. products.Select(_ => Array.Empty<int>())]);
        var store = new ProductStore(ContentIndex.Build(catalog));

        var popular = store.Search("", ProductFilter.None, 1, 10);
        var found = store.Search("puppet glove", ProductFilter.None, 1, 10);

        Assert.Equal(["b", "c", "a"], popular.Items.Select(p => p.Id));
        Assert.Equal(3, popular.Total);
        Assert.Equal(2, found.Items.Count);
        Assert.Contains("c", found.Items.Select(p => p.Id));
        Assert.Single(found.Items, p => p.Id is "b" or "d");
    }

    private static ProductCatalog LoadCatalog() =>
        CatalogCleaner.Clean(new CatalogReader().ReadFile(ToyRecFactory.CatalogPath)).Catalog;

    private static CatalogueRecommendationService ServiceWithNetwork(Dictionary<(int, int), float> scores,
        out ProductCatalog catalog)
    {
        catalog = LoadCatalog();
        var content = ContentIndex.Build(catalog);
        var network = new FixedScores(catalog.Count, scores);
        return new CatalogueRecommendationService(new ProductLists(content),
            CatalogueRecommender.Build(catalog, content, extra: network), network);
    }

    // A network whose score of (query, product) is given; every other pair scores 0.
    private sealed class FixedScores(int count, Dictionary<(int, int), float> scores) : ICoPurchaseScorer
    {
        public float[] Score(int productIndex) =>
            [.. Enumerable.Range(0, count).Select(i => scores.GetValueOrDefault((productIndex, i)))];
    }

    private static StoredEvent Event(long id, string product, string type) =>
        new(id, "s", product, type, DateTimeOffset.UnixEpoch);

    [Fact]
    public void ProductFilter_PriceBound_PassesOnlyStatedPrices()
    {
        Product[] products =
        [
            new() { Id = "s", Name = "Stated", Price = PriceRange.Single(4) },
            new() { Id = "i", Name = "Imputed", Price = PriceRange.Single(4), PriceSource = PriceImputation.TopLevel },
            new() { Id = "n", Name = "None" },
        ];
        var catalog = new ProductCatalog(products, [[], [], []], [[], [], []]);
        var filter = new ProductFilter { MaxPrice = 10 };

        Assert.Equal([0], Enumerable.Range(0, 3).Where(i => filter.Accepts(catalog, i)));
        Assert.Equal([0, 1, 2], Enumerable.Range(0, 3).Where(i => ProductFilter.None.Accepts(catalog, i)));
    }
}
