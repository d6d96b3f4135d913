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
    public void Similar_ExplainsWithSharedWordTermsOnly()
    {
        var best = Index.Similar(0, 1)[0];

        Assert.Contains("wooden train", best.Terms);
        Assert.DoesNotContain(best.Terms, t => t.StartsWith('#'));
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
}
