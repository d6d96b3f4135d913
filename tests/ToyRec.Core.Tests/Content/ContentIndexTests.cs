using ToyRec.Content;

namespace ToyRec.Core.Tests.Content;

public sealed class ContentIndexTests
{
    private static readonly ContentIndex Index = ContentIndex.Build(TestCatalogs.Clean(TestCatalogs.Csv(
        TestCatalogs.Row("a", "Wooden train set", manufacturer: "Acme"),
        TestCatalogs.Row("a2", "Wooden Train Set!", manufacturer: "ACME"),
        TestCatalogs.Row("b", "Wooden train track", manufacturer: "Brio"),
        TestCatalogs.Row("c", "Plastic train", manufacturer: "Toyco"),
        TestCatalogs.Row("d", "Jigsaw puzzle", manufacturer: "Ravensburger"))).Catalog);

    [Fact]
    public void Similar_ExcludesTheProductAndItsExactDuplicates()
    {
        var results = Index.Similar(0, 10);

        Assert.Equal([2, 3], results.Select(r => r.Index));
        Assert.True(results[0].Score > results[1].Score);
    }

    [Fact]
    public void SimilarAndSearch_ExactDuplicatesAmongTheResults_OnlyTheBestOfThem()
    {
        // Products 0 and 1 are one toy under two ids: the track's list and a search show it once; the evaluation's
        // SimilarIndices keeps both unless asked.
        var similar = Index.Similar(2, 10).Select(r => r.Index).ToList();
        var found = Index.Search("wooden train set", 10).Select(r => r.Index).ToList();

        Assert.Single(similar, i => i is 0 or 1);
        Assert.Contains(3, similar);
        Assert.Single(found, i => i is 0 or 1);
        Assert.Equal(similar, Index.SimilarIndices(2, 10, onePerDuplicateGroup: true));
        Assert.Equal(2, Index.SimilarIndices(2, 10).Count(i => i is 0 or 1));
    }

    [Fact]
    public void Similar_ExplainsWithSharedWordTermsOnly()
    {
        var best = Index.Similar(0, 1)[0];

        Assert.Contains("wooden train", best.Terms);
        Assert.DoesNotContain(best.Terms, t => t.StartsWith('#'));
    }

    [Fact]
    public void Similar_WithLinkSlugs_NamesOnlyWordsOfBothProductsOwnText()
    {
        // Both sets link to a "Magnetic Tender" product outside the catalogue: the slug words make them more alike,
        // but neither name says "magnetic" or "tender", so the explanation names only "engine".
        var catalog = TestCatalogs.Clean(TestCatalogs.Csv(
            TestCatalogs.Row("a", "Blue engine", alsoBought: TestCatalogs.Link("Magnetic-Tender")),
            TestCatalogs.Row("b", "Red engine", alsoBought: TestCatalogs.Link("Magnetic-Tender")),
            TestCatalogs.Row("c", "Jigsaw puzzle"))).Catalog;
        var withSlugs = ContentIndex.Build(catalog, new ContentOptions(LinkedNameWeight: 1));
        var textOnly = ContentIndex.Build(catalog, new ContentOptions());

        var best = withSlugs.Similar(0, 1)[0];

        Assert.Equal(1, best.Index);
        Assert.True(best.Score > textOnly.Similarity(0, 1));
        Assert.Equal(["engine"], best.Terms);
        Assert.Equal(["engine"], withSlugs.SharedTerms(0, 1));
        Assert.Contains("magnetic", withSlugs.SharedTerms(withSlugs.Vector(0), withSlugs.Vector(1)));
    }

    [Fact]
    public void Similar_FilterBeforeCut_ReturnsTheNextBest()
    {
        var results = Index.Similar(0, 1, i => i != 2);

        Assert.Equal(3, Assert.Single(results).Index);
    }

    [Fact]
    public void Search_FreeText_RanksByCosineAndIgnoresUnknownWords()
    {
        Assert.Equal(4, Index.Search("puzzle", 3)[0].Index);
        Assert.Empty(Index.Search("xylophone", 3));
    }

    [Fact]
    public void Similarity_IsSymmetricAndOneForDuplicates()
    {
        Tolerance.Equal(Index.Similarity(0, 2), Index.Similarity(2, 0), 1e-6);
        Tolerance.Equal(1, Index.Similarity(0, 1), 1e-5);
    }

    [Fact]
    public void Accumulate_EveryProduct_EqualsPairwiseDotProducts()
    {
        var scores = new float[Index.Catalog.Count];
        for (int q = 0; q < Index.Catalog.Count; q++)
        {
            Array.Clear(scores);
            Index.Accumulate(Index.Vector(q), scores);
            for (int p = 0; p < scores.Length; p++)
                Tolerance.Equal(Index.Vector(q).Dot(Index.Vector(p)), scores[p], 1e-6);
        }
    }

    [Fact]
    public void Accumulate_ScoreSpanShorterThanCatalogue_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Index.Accumulate(Index.Vector(0), new float[3]));

        Assert.Equal("scores.Length", error.ParamName);
        Assert.Contains("must be greater than or equal to '5'", error.Message);
    }

    [Fact]
    public void SimilarIndicesForAll_EqualsOneAtATimeForEveryProductAndThreadCount()
    {
        // Many shared words and exact ties (g and h read the same apart from case; e and f are duplicates).
        var catalog = TestCatalogs.Clean(TestCatalogs.Csv(
            TestCatalogs.Row("a", "red wooden train", manufacturer: "Acme"),
            TestCatalogs.Row("b", "blue wooden train", manufacturer: "Brio"),
            TestCatalogs.Row("c", "red plastic train", manufacturer: "Toyco"),
            TestCatalogs.Row("d", "wooden puzzle", manufacturer: "Acme"),
            TestCatalogs.Row("e", "train track", manufacturer: "Brio"),
            TestCatalogs.Row("f", "Train Track", manufacturer: "BRIO"),
            TestCatalogs.Row("g", "red wooden blocks", manufacturer: "Toyco"),
            TestCatalogs.Row("h", "red wooden blocks", manufacturer: "Acme"),
            TestCatalogs.Row("i", "chess set", manufacturer: "Games Ltd"),
            TestCatalogs.Row("j", "wooden chess set", manufacturer: "Games Ltd"))).Catalog;
        var index = ContentIndex.Build(catalog);

        foreach (int k in new[] { 1, 3, 20 })
        {
            foreach (int threads in new[] { 1, 2 })
            {
                var all = index.SimilarIndicesForAll(k, threads);
                for (int q = 0; q < catalog.Count; q++)
                    Assert.Equal(index.SimilarIndices(q, k), all[q]);
            }
        }

        Assert.DoesNotContain(5, index.SimilarIndicesForAll(20)[4]);
        Assert.Empty(index.SimilarIndicesForAll(0)[0]);
    }

    [Fact]
    public void Build_LinkedNames_AddTheLinkSlugWordsOnlyWhenWeighted()
    {
        var catalog = TestCatalogs.Clean(TestCatalogs.Csv(
            TestCatalogs.Row("a", "Steam engine", alsoBought: TestCatalogs.Link("Hornby-Coal-Wagon")),
            TestCatalogs.Row("b", "Coal wagon"))).Catalog;

        var textOnly = ContentIndex.Build(catalog);
        var linked = ContentIndex.Build(catalog, new ContentOptions { LinkedNameWeight = 0.5f });

        Assert.Equal(0, textOnly.Similarity(0, 1));
        Assert.True(linked.Similarity(0, 1) > 0);
        Assert.True(linked.Vectorizer.IndexOf("hornby") >= 0);
        Assert.Equal(-1, textOnly.Vectorizer.IndexOf("hornby"));
    }
}
