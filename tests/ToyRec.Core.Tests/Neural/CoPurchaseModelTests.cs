using ToyRec.Catalog;
using ToyRec.Neural;

namespace ToyRec.Core.Tests.Neural;

public sealed class CoPurchaseModelTests
{
    // A network small enough to train in milliseconds.
    private static readonly CoPurchaseOptions Options = new(Seed: 5, Neighbours: 3, TextDimension: 4, Hidden: [4],
        Encoder: new EncoderOptions(MinDocumentFrequency: 1, MinValueCount: 1),
        Trainer: new TrainerOptions(BatchSize: 16, MaxEpochs: 1, Seed: 5), BlendSteps: 2);

    [Fact]
    public void In_StoredIds_PositionsAndTrainIsTheOtherLinkedProducts()
    {
        var catalog = Catalog(6);
        var holdout = new CoPurchaseHoldout(["p3", "gone"], ["p1"]);

        var split = holdout.In(catalog);

        // p0 has no link (i % 5 == 0), so it is in no part; the unknown id is left out.
        Assert.Equal([3], split.Validation);
        Assert.Equal([1], split.Test);
        Assert.Equal([2, 4], split.Train);
    }

    [Fact]
    public void OtherCatalogueReason_HeldOutPartFromASmallerFile_NamesBothSizes()
    {
        // 80 of the 100 products have links, so this catalogue's split would hold out about 16.
        var catalog = Catalog(100);
        var fromSubset = new CoPurchaseHoldout(["p1", "p2"], ["p3", "p4"]);
        var fromWhole = new CoPurchaseHoldout(["p1", "p2", "p3", "p4"], ["p6", "p7", "p8", "p9"]);

        Assert.Equal("m.bin was trained on a smaller catalogue: its held-out part has 4 products, where this " +
            "catalogue's would have about 16 (run 'toyrec train' on this catalogue)",
            fromSubset.OtherCatalogueReason(catalog, "m.bin"));
        Assert.Null(fromWhole.OtherCatalogueReason(catalog, "m.bin"));
    }

    [Fact]
    public void Train_SavedAndLoaded_KeepsTheHeldOutProductsOfItsSplit()
    {
        var catalog = Catalog(40);
        var model = CoPurchaseEvaluation.Train(catalog, Options);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
            model.Write(writer);
        stream.Position = 0;

        var loaded = CoPurchaseModel.Read(new BinaryReader(stream));

        // The trained model's label vectors were built once and kept (frozen); the loaded one builds its own.
        Assert.True(model.Network.IsFrozen);
        var first = model.Predict(catalog[1], 3);
        Assert.Equal(first, model.Predict(catalog[1], 3));
        Assert.Equal(first, loaded.Predict(catalog[1], 3));
        var expected = CoPurchaseSplit.Create(catalog, 5);
        var split = loaded.Holdout.In(catalog);
        Assert.Equal(expected.Validation, split.Validation);
        Assert.Equal(expected.Test, split.Test);
        Assert.Equal(expected.Train, split.Train);
        Assert.Equal(expected.Test.Select(i => catalog[i].Id), loaded.Holdout.TestIds);
    }

    [Fact]
    public void Predict_Batch_SameAsOneProductAtATime()
    {
        var catalog = Catalog(40);
        var model = CoPurchaseEvaluation.Train(catalog, Options);
        var products = catalog.Products.Take(7).ToList();

        var batch = model.Predict(products, 3);

        for (int i = 0; i < products.Count; i++)
            Assert.Equal(model.Predict(products[i], 3), batch[i]);
    }

    [Fact]
    public void CatalogScorer_OneCandidate_SameAsTheWholeRowAndOnlyResolvedSlugsScore()
    {
        // Products named after the slugs, so that the predicted slugs resolve to them.
        var named = Catalog(40).Products.Concat(Enumerable.Range(0, 3).Select(k => new Product
        {
            Id = $"t{k}",
            Name = $"Track Pack {k}",
        })).ToList();
        var catalog = new ProductCatalog(named, [.. named.Select(_ => Array.Empty<int>())],
            [.. named.Select(_ => Array.Empty<int>())]);
        var scorer = new CatalogCoPurchaseScorer(catalog, CoPurchaseEvaluation.Train(catalog, Options));

        scorer.Prepare([1, 2]);
        for (int i = 0; i < 3; i++)
        {
            var row = scorer.Score(i);
            Assert.Equal(catalog.Count, row.Length);
            for (int j = 0; j < row.Length; j++)
                Assert.Equal(row[j], scorer.Score(i, j));
            Assert.All(row, score => Assert.InRange(score, 0f, 1f));
            Assert.Equal(Enumerable.Range(0, catalog.Count).Where(j => row[j] > 0),
                Enumerable.Range(40, 3).Where(j => row[j] > 0));
            Assert.Contains(row, score => score > 0);
            float[] added = [.. Enumerable.Repeat(0.25f, catalog.Count)];
            scorer.AddScores(i, 2, added);
            Assert.Equal(row.Select(score => score * 2 + 0.25f), added);
        }
    }

    [Fact]
    public void Run_FewerInCatalogueLabelsThanAList_RandomBaselineRanksThemAll()
    {
        // Every linked product's also-bought links resolve to the same three products, so the in-catalogue label
        // space has three labels, fewer than the 20 a random list draws.
        var products = Catalog(40).Products.ToList();
        var catalog = new ProductCatalog(products,
            [.. products.Select((p, i) => p.AlsoBought.Count == 0 || i < 3 ? Array.Empty<int>() : [0, 1, 2])],
            [.. products.Select(_ => Array.Empty<int>())]);

        var run = CoPurchaseEvaluation.Run(catalog, Options);

        var random = run.Result.Metrics.Where(m => m.Variant == "in-catalogue" && m.System == "random").ToList();
        Assert.NotEmpty(random);
        // All three labels are every test product's positives; a list of all three finds them all.
        Assert.Equal(1.0, random.Single(m => m.Metric == "P@1").Value);
        Assert.Equal(1.0, random.Single(m => m.Metric == "R@20").Value);
    }

    [Fact]
    public void Run_NoLinkResolvesInTheCatalogue_AllLabelsFiguresAndTheInCatalogueReason()
    {
        var run = CoPurchaseEvaluation.Run(Catalog(40), Options);

        Assert.NotEmpty(run.Result.Metrics);
        Assert.All(run.Result.Metrics, m => Assert.Equal("all-labels", m.Variant));
        var skipped = (IReadOnlyDictionary<string, object?>)run.Result.Details["in-catalogue"]!;
        Assert.StartsWith("The co-purchase network (in-catalogue label space) needs at least one label",
            (string)skipped["skipped"]!);
        Assert.Contains("found 0 labels", (string)skipped["skipped"]!);
    }

    [Fact]
    public void Run_LabelsOnlyTestProductsHaveAndSlugsNamingTheProduct_CountedInTheStricterReadings()
    {
        var plain = Catalog(40);
        var test = CoPurchaseSplit.Create(plain, Options.Seed).Test;
        // Each test product gets a slug no other product has, and the first one also a slug naming itself
        // (the first words of "Toy train {i} wooden"); linking changes nothing about which products are linked,
        // so the split stays the same.
        var products = plain.Products.Select((p, i) => !test.Contains(i) ? p : p with
        {
            AlsoBought = [.. p.AlsoBought, new ProductLink($"Only-Here-{i}", null),
                .. i == test[0] ? [new ProductLink($"Toy-Train-{i}", null)] : Array.Empty<ProductLink>()],
        }).ToList();
        var catalog = new ProductCatalog(products, [.. products.Select(_ => Array.Empty<int>())],
            [.. products.Select(_ => Array.Empty<int>())]);

        var details = (IReadOnlyDictionary<string, object?>)CoPurchaseEvaluation.Run(catalog, Options).Result
            .Details["all-labels"]!;

        Assert.Equal(test, CoPurchaseSplit.Create(catalog, Options.Seed).Test);
        var seen = (IReadOnlyDictionary<string, object?>)details["seenLabelsOnly"]!;
        // 3 Track-Pack and 4 Engine-Set slugs are seen in training; the test products' own slugs are not.
        Assert.Equal(7, seen["labels"]);
        Assert.Equal(test.Length + 1, seen["testPositivesOfUnseenLabels"]);
        Assert.Equal(3 * test.Length + 1, seen["testPositives"]);
        var own = (IReadOnlyDictionary<string, object?>)details["ownNamesLeftOut"]!;
        Assert.Equal(1, own["positivesLeftOut"]);
        Assert.Equal(test.Length, own["testProducts"]);
    }

    // Products p0..p(n-1); every fifth has no also-bought link, the others link to two named slugs.
    private static ProductCatalog Catalog(int count)
    {
        var products = Enumerable.Range(0, count).Select(i => new Product
        {
            Id = $"p{i}",
            Name = $"Toy train {i} wooden",
            AlsoBought = i % 5 == 0 ? [] : [new ProductLink($"Track-Pack-{i % 3}", null),
                new ProductLink($"Engine-Set-{i % 4}", null)],
        }).ToList();
        return new ProductCatalog(products, [.. products.Select(_ => Array.Empty<int>())],
            [.. products.Select(_ => Array.Empty<int>())]);
    }
}
