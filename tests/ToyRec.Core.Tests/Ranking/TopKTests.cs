using ToyRec.Ranking;

namespace ToyRec.Core.Tests.Ranking;

public sealed class TopKTests
{
    [Fact]
    public void Select_MatchesFullSortIncludingTies()
    {
        var random = new Random(7);
        var scores = Enumerable.Range(0, 1001).Select(_ => (float)Math.Round(random.NextDouble(), 2)).ToArray();

        var expected = Enumerable.Range(0, scores.Length).Where(i => scores[i] > 0)
            .OrderByDescending(i => scores[i]).ThenBy(i => i).Take(17).ToArray();
        Assert.Equal(expected, TopK.Select(scores, 17));
    }

    [Fact]
    public void Select_FilterAppliedBeforeTheCut_StillReturnsK()
    {
        float[] scores = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0.5f];

        Assert.Equal([1, 3, 5], TopK.Select(scores, 3, i => i % 2 == 1));
    }

    [Fact]
    public void Select_ZeroScoresAndEmptyInput_AreNotReturned()
    {
        Assert.Equal([2], TopK.Select([0, 0, 1, 0, 0, 0, 0, 0, 0, 0], 5));
        Assert.Empty(TopK.Select([], 5));
        Assert.Empty(TopK.Select([1, 2], 0));
    }
}
