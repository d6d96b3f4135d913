using ToyRec.Catalog;

namespace ToyRec.Core.Tests.Catalog;

public sealed class CatalogCleanerTests
{
    [Fact]
    public void Clean_CountsRowsByReason_ReadEqualsKeptPlusDropped()
    {
        string csv = TestCatalogs.Csv(
            TestCatalogs.Row("a", "Dice"),
            TestCatalogs.Row("b", "Cards", category: ""),
            TestCatalogs.Row("c", "Chess"),
            TestCatalogs.Row("c", "Chess copy")) + "d,short\n";
        var (catalog, report) = TestCatalogs.Clean(csv);

        Assert.Equal(5, report.RowsRead);
        Assert.Equal(2, report.RowsKept);
        Assert.Equal(2, catalog.Count);
        Assert.Equal(1, report.RowsDropped[CleaningReport.NoCategory]);
        Assert.Equal(1, report.RowsDropped[CatalogReader.DuplicateId]);
        Assert.Equal(1, report.RowsDropped[CatalogReader.Malformed]);
        Assert.Equal(report.RowsRead, report.RowsKept + report.RowsDropped.Values.Sum());
    }

    [Fact]
    public void Clean_MissingPrices_ImputedFromPathThenTopLevelThenGlobalMedian()
    {
        string csv = TestCatalogs.Csv(
            TestCatalogs.Row("a", "A", "Games > Dice", price: "£2.00"),
            TestCatalogs.Row("b", "B", "Games > Dice", price: "£4.00"),
            TestCatalogs.Row("c", "C", "Games > Dice", price: ""),
            TestCatalogs.Row("d", "D", "Games > Cards", price: ""),
            TestCatalogs.Row("e", "E", "Puzzles > Jigsaws", price: "£10.00"),
            TestCatalogs.Row("f", "F", "Hobbies > Trains", price: ""));
        var (catalog, report) = TestCatalogs.Clean(csv);

        // Path "Games > Dice": median of 2 and 4 is 3. "Games > Cards" has no price: top level "Games" gives 3.
        // "Hobbies" has no price at all: the global median of 2, 4 and 10 is 4.
        Assert.Equal(PriceRange.Single(3m), catalog[2].Price);
        Assert.Equal(PriceImputation.CategoryPath, catalog[2].PriceSource);
        Assert.Equal(PriceRange.Single(3m), catalog[3].Price);
        Assert.Equal(PriceImputation.TopLevel, catalog[3].PriceSource);
        Assert.Equal(PriceRange.Single(4m), catalog[5].Price);
        Assert.Equal(PriceImputation.Global, catalog[5].PriceSource);
        Assert.Equal(new Dictionary<string, int> { ["category-path"] = 1, ["top-level"] = 1, ["global"] = 1 },
            report.PricesImputed);
    }

    [Fact]
    public void Clean_MostlyMissingColumn_IsDroppedButDescriptionsAreKept()
    {
        var rows = Enumerable.Range(0, 10).Select(i => TestCatalogs.Row($"p{i}", $"Toy {i}")).ToArray();
        rows[0][CatalogColumns.Sellers] = "{\"seller\"=>{\"Seller_name_1\"=>\"Shop\", \"Seller_price_1\"=>\"£1.00\"}}";
        rows[1][CatalogColumns.Sellers] = rows[0][CatalogColumns.Sellers];
        rows[2][CatalogColumns.Stock] = "1 new";
        var (catalog, report) = TestCatalogs.Clean(TestCatalogs.Csv(rows));

        // Stock is 90% missing (dropped), sellers 80% (kept); description is 100% missing but never dropped.
        Assert.Contains(CatalogColumns.Stock, report.DroppedFields);
        Assert.DoesNotContain(CatalogColumns.Sellers, report.DroppedFields);
        Assert.DoesNotContain(CatalogColumns.Description, report.DroppedFields);
        Assert.Equal([CatalogColumns.Description, CatalogColumns.ProductDescription], report.KeptMostlyMissingFields);
        Assert.Null(catalog[2].Stock);
        Assert.Single(catalog[0].Sellers);
        Tolerance.Equal(0.9, report.MissingRates[CatalogColumns.Stock]);
        Tolerance.Equal(1, report.MissingRates[CatalogColumns.Manufacturer]);
    }

    [Fact]
    public void Clean_Links_ResolvedBySlugPrefixAndSettledByManufacturerCategoryReviews()
    {
        string csv = TestCatalogs.Csv(
            TestCatalogs.Row("q1", "Query one", "Games > Dice", "Acme",
                alsoBought: TestCatalogs.Link("Wooden-Dice") + " | " + TestCatalogs.Link("Unknown-Thing")),
            TestCatalogs.Row("q2", "Query two", "Games > Cards", "Other",
                alsoBought: TestCatalogs.Link("Wooden-Dice")),
            TestCatalogs.Row("q3", "Query three", "Puzzles > Jigsaws", "Nobody",
                alsoBought: TestCatalogs.Link("Wooden-Dice")),
            TestCatalogs.Row("w1", "Wooden Dice Set (12)", "Games > Dice", "Acme", reviews: "1"),
            TestCatalogs.Row("w2", "Wooden dice, large", "Games > Cards", "Zeta", reviews: "2"),
            TestCatalogs.Row("w3", "Wooden Dice Tower", "Hobbies > Trains", "Zeta", reviews: "9"),
            TestCatalogs.Row("c1", "Children's Puzzle", "Puzzles > Jigsaws", "Nobody",
                alsoBought: TestCatalogs.Link("Childrens-Puzzle-Box") + " | " + TestCatalogs.Link("Query-One")));
        var (catalog, report) = TestCatalogs.Clean(csv);

        // q1 → w1 by manufacturer; q2 → w2 by category; q3 → w3 by most reviews; c1's first link has no match
        // ("Childrens Puzzle Box" is longer than its own name), its second resolves uniquely to q1.
        Assert.Equal([3], catalog.AlsoBought[0]);
        Assert.Equal([4], catalog.AlsoBought[1]);
        Assert.Equal([5], catalog.AlsoBought[2]);
        Assert.Equal([0], catalog.AlsoBought[6]);
        Assert.Equal(new LinkStatistics(Total: 6, Resolved: 4, Outside: 2, Ambiguous: 3, ByAsin: 0,
            SettledByManufacturer: 1, SettledByCategory: 1, SettledByReviews: 1), report.Links);
    }

    [Fact]
    public void Clean_Links_TooVagueSlugsAreNotSettled()
    {
        string links = string.Join(" | ", new[]
        {
            "Ravensburger", // a maker's name: two of its products match
            "Ravensburger-Jigsaw", // names one product
            "Inflatable", // one word two names start with
            "Jenga", // one word one name starts with
            "The-Creativity", // the start of a maker's name, matching its only product
        }.Select(TestCatalogs.Link));
        string csv = TestCatalogs.Csv(
            TestCatalogs.Row("q", "Query", "Games > Dice", "Acme", alsoBought: links),
            TestCatalogs.Row("r1", "Ravensburger Puzzle 1000", manufacturer: "Ravensburger"),
            TestCatalogs.Row("r2", "Ravensburger Jigsaw Map", manufacturer: "Ravensburger"),
            TestCatalogs.Row("i1", "Inflatable Pool", manufacturer: "Splash"),
            TestCatalogs.Row("i2", "Inflatable Ball", manufacturer: "Splash"),
            TestCatalogs.Row("j", "Jenga Classic", manufacturer: "Hasbro"),
            TestCatalogs.Row("c", "The Creativity Hub Story Cubes", manufacturer: "The Creativity Hub"));
        var (catalog, report) = TestCatalogs.Clean(csv);

        Assert.Equal([2, 5], catalog.AlsoBought[0]);
        Assert.Equal(new LinkStatistics(Total: 5, Resolved: 2, Outside: 3, Ambiguous: 0, ByAsin: 0,
            SettledByManufacturer: 0, SettledByCategory: 0, SettledByReviews: 0, OutsideTooVague: 3), report.Links);
    }

    [Fact]
    public void Clean_Links_WholeNameOwnAsinAndOwnDuplicate()
    {
        var query = TestCatalogs.Row("q", "Query", "Games > Dice", "Acme", alsoBought: string.Join(" | ",
            TestCatalogs.Link("Hornby-Track-Pack"), // the whole name of t1, the start of t2's
            TestCatalogs.Link("Pictionary"), // one word, the whole name of p1 and the start of p2's
            TestCatalogs.Link("Query/dp/B000000001"), // the query's own ASIN
            TestCatalogs.Link("Ypsilon"))); // a maker's name, but also the whole name of its one product
        query[CatalogColumns.ProductInformation] = "ASIN B000000001";
        var copy = TestCatalogs.Row("c2", "Query copy", "Games > Dice", "ACME");
        copy[CatalogColumns.ProductInformation] = "ASIN B000000002";
        string csv = TestCatalogs.Csv(query,
            TestCatalogs.Row("t1", "Hornby Track Pack", manufacturer: "Hornby", reviews: "1"),
            TestCatalogs.Row("t2", "Hornby Track Pack A", manufacturer: "Hornby", reviews: "9"),
            TestCatalogs.Row("p1", "Pictionary", manufacturer: "Mattel"),
            TestCatalogs.Row("p2", "Pictionary Card Game", manufacturer: "Mattel"),
            // c1's links name only c1 and its exact duplicate c2: by name, and by c2's ASIN.
            TestCatalogs.Row("c1", "Query Copy", "Games > Dice", "Acme", alsoBought: TestCatalogs.Link("Query-Copy") +
                " | " + TestCatalogs.Link("Copy/dp/B000000002")),
            copy,
            TestCatalogs.Row("y", "Ypsilon", manufacturer: "Ypsilon"));

        var (catalog, report) = TestCatalogs.Clean(csv);

        Assert.Equal([1, 3, 7], catalog.AlsoBought[0]);
        Assert.Empty(catalog.AlsoBought[5]);
        Assert.Equal(new LinkStatistics(Total: 6, Resolved: 3, Outside: 3, Ambiguous: 2, ByAsin: 0,
            SettledByManufacturer: 0, SettledByCategory: 0, SettledByReviews: 0, OutsideMatchingOnlyItself: 3,
            OutsideTooVague: 0, SettledByExactName: 2), report.Links);
    }

    [Fact]
    public void Clean_NotLinks_CountsPartsThatAreNotLinksButNotNulCharacters()
    {
        string csv = TestCatalogs.Csv(
            TestCatalogs.Row("q", "Query", alsoBought: TestCatalogs.Link("Dice\0-Set") + " | not a link"),
            TestCatalogs.Row("d", "Dice Set"));

        var (catalog, report) = TestCatalogs.Clean(csv);

        Assert.Equal([1], catalog.AlsoBought[0]);
        Assert.Equal(2, report.ValueProblems[CatalogColumns.AlsoBought]);
        Assert.Equal(1, report.NotLinks[CatalogColumns.AlsoBought]);
        Assert.Equal(1, report.Links.Total);
    }

    [Fact]
    public void Clean_AccentedNames_MatchUnaccentedSlugsAndLookups()
    {
        string csv = TestCatalogs.Csv(
            TestCatalogs.Row("q", "Query", alsoBought: TestCatalogs.Link("Marklin-My-World-Battery")),
            TestCatalogs.Row("m", "Märklin my world Battery Operated Signal", manufacturer: "Märklin"),
            TestCatalogs.Row("p", "Poke\u0301mon Cards", manufacturer: "Nintendo"));
        var (catalog, _) = TestCatalogs.Clean(csv);

        Assert.Equal([1], catalog.AlsoBought[0]);
        Assert.Equal(1, catalog.FindExact("MARKLIN MY WORLD battery operated signal"));
        Assert.Equal(2, catalog.FindExact("Pokémon Cards"));
    }

    [Fact]
    public void Clean_DuplicateGroups_SameNormalisedNameAndManufacturer()
    {
        string csv = TestCatalogs.Csv(
            TestCatalogs.Row("a", "Magic Cube!", manufacturer: "Acme"),
            TestCatalogs.Row("b", "magic  cube", manufacturer: "ACME"),
            TestCatalogs.Row("c", "Magic Cube", manufacturer: "Other"));
        var (catalog, report) = TestCatalogs.Clean(csv);

        Assert.Equal(1, report.DuplicateGroups);
        Assert.True(catalog.AreDuplicates(0, 1));
        Assert.False(catalog.AreDuplicates(0, 2));
        Assert.Equal([1], catalog.DuplicatesOf(0));
        // In a ranked list the first of a group stands for it, whichever it is; k counts what is kept.
        Assert.Equal([1, 2], catalog.FirstOfEachDuplicateGroup([1, 2, 0]));
        Assert.Equal([2, 0], catalog.FirstOfEachDuplicateGroup([2, 0, 1], k: 5));
        Assert.Equal([2], catalog.FirstOfEachDuplicateGroup([2, 0, 1], k: 1));
    }

    [Fact]
    public void Find_ByIdExactNameOrPrefix_ReportsMinusOneWhenNothingMatches()
    {
        var (catalog, _) = TestCatalogs.Clean(TestCatalogs.Csv(
            TestCatalogs.Row("a", "Hornby 2014 Catalogue"), TestCatalogs.Row("b", "Hornby Track Pack")));

        Assert.Equal(1, catalog.Find("b"));
        Assert.Equal(0, catalog.Find("hornby 2014 catalogue"));
        Assert.Equal(1, catalog.Find("Hornby Track"));
        Assert.Equal(0, catalog.Find("catalogue 2014"));
        Assert.Equal(-1, catalog.Find("Lego"));
        Assert.Equal(-1, catalog.Find("014"));
        Assert.Equal(0, catalog.Find("catal 201"));
    }

    [Fact]
    public void Find_TextShorterThanThree_OnlyAWholeName()
    {
        var (catalog, _) = TestCatalogs.Clean(TestCatalogs.Csv(
            TestCatalogs.Row("a", "Aurora Box"), TestCatalogs.Row("b", "Go"), TestCatalogs.Row("c", "Go Kart")));

        Assert.Equal(-1, catalog.Find("au"));
        Assert.Equal(0, catalog.Find("aur"));
        Assert.Equal(1, catalog.Find("go"));
        Assert.Equal(-1, catalog.FindExact("go kar"));
        Assert.Equal(2, catalog.Find("go kar"));
        Assert.Equal("No product has the id or name 'au' (text this short must be a whole name)",
            catalog.NotFoundMessage("au"));
    }
}
