using ToyRec.Catalog;
using ToyRec.Neural;

namespace ToyRec.Core.Tests.Neural;

public sealed class CoPurchaseDataTests
{
    [Fact]
    public void AllLabels_SharedAndRepeatedSlugs_OneLabelEachSortedPositives()
    {
        var catalog = Catalog();

        var labels = CoPurchaseLabels.AllLabels(catalog);

        Assert.Equal(["Hornby-Track-Pack", "Lego-City-Police", "Brio-Bridge"], labels.Names);
        Assert.Equal("Hornby Track Pack", labels.Texts[0]);
        Assert.Equal([0, 1], labels.Positives[0]);
        Assert.Equal([0, 2], labels.Positives[1]);
        Assert.Empty(labels.Positives[2]);
        Assert.Null(labels.Products);
    }

    [Fact]
    public void InCatalogue_ResolvedTargets_LabelsAreTargetProducts()
    {
        var catalog = Catalog();

        var labels = CoPurchaseLabels.InCatalogue(catalog);

        Assert.Equal([1, 2], labels.Products!);
        Assert.Equal(["Hornby Track Pack", "Lego City Police"], labels.Names);
        Assert.Equal([0, 1], labels.Positives[0]);
        Assert.Equal([0], labels.Positives[1]);
    }

    [Fact]
    public void Split_LinkedProductsOnly_PartitionsThemDeterministically()
    {
        var products = Enumerable.Range(0, 50).Select(i => new Product
        {
            Id = $"p{i}",
            Name = $"Toy {i}",
            AlsoBought = i % 5 == 0 ? [] : [new ProductLink($"Other-{i}", null)],
        }).ToList();
        var catalog = new ProductCatalog(products, [.. products.Select(_ => Array.Empty<int>())],
            [.. products.Select(_ => Array.Empty<int>())]);

        var split = CoPurchaseSplit.Create(catalog, seed: 3);

        Assert.Equal((32, 4, 4), (split.Train.Length, split.Validation.Length, split.Test.Length));
        var all = split.Train.Concat(split.Validation).Concat(split.Test).Order().ToArray();
        Assert.Equal(Enumerable.Range(0, 50).Where(i => i % 5 != 0), all);
        Assert.Equal(split.Test, CoPurchaseSplit.Create(catalog, seed: 3).Test);
    }

    [Fact]
    public void Encode_UnseenManufacturerAndMissingRating_MapToUnknownAndFlag()
    {
        var train = Catalog().Products;
        var encoder = ProductEncoder.Fit(train, new EncoderOptions(MinDocumentFrequency: 1, MinValueCount: 1));
        var stranger = new Product { Id = "x", Name = "Hornby locomotive", Manufacturer = "Nobody" };

        var input = encoder.Encode([train[0], stranger]);

        Assert.Equal(1, input.Manufacturer[0]);
        Assert.Equal(Embedding.Unknown, input.Manufacturer[1]);
        // Rating missing: the value is the training mean (0 after standardising) and the flag is set.
        Assert.Equal(0f, input.Numeric[1, 1]);
        Assert.True(input.Numeric[1, 3] > input.Numeric[0, 3]);
        var words = input.Text.Offsets[2] - input.Text.Offsets[1];
        Assert.Equal(1, words);
        Tolerance.Equal(1, input.Text.Values[input.Text.Offsets[1]], 1e-6);
    }

    private static ProductCatalog Catalog()
    {
        Product[] products =
        [
            new()
            {
                Id = "a", Name = "Hornby Engine", Manufacturer = "Hornby", Rating = 4.5,
                Price = PriceRange.Single(10m),
                AlsoBought = [new("Hornby-Track-Pack", null), new("Lego-City-Police", null),
                    new("Hornby-Track-Pack", null)],
            },
            new()
            {
                Id = "b", Name = "Hornby Track Pack", Manufacturer = "Hornby", Rating = 3.5,
                Price = PriceRange.Single(20m),
                AlsoBought = [new("Hornby-Track-Pack", null), new("Brio-Bridge", null)],
            },
            new() { Id = "c", Name = "Lego City Police", Manufacturer = "Lego", Price = PriceRange.Single(5m) },
        ];
        return new ProductCatalog(products, [[1, 2], [1], []], [[], [], []]);
    }
}
