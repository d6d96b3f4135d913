using ToyRec.Content;

namespace ToyRec.Core.Tests.Content;

// Accumulate is the inner loop of every query and indexes without bounds checks, so its guard and its sums are
// checked here against the plain merge-based dot product.
public sealed class ContentIndexAccumulateTests
{
    private static readonly ContentIndex Index = ContentIndex.Build(TestCatalogs.Clean(TestCatalogs.Csv(
        TestCatalogs.Row("a", "Wooden train set", manufacturer: "Acme"),
        TestCatalogs.Row("b", "Wooden train track", manufacturer: "Brio"),
        TestCatalogs.Row("c", "Plastic train", manufacturer: "Toyco"),
        TestCatalogs.Row("d", "Jigsaw puzzle", manufacturer: "Ravensburger"))).Catalog);

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
        Assert.Contains("must be greater than or equal to '4'", error.Message);
    }
}
