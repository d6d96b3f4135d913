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

    // The SIMD scan offers only the lanes above the k-th seen so far; these two check that it never loses one.
    [Fact]
    public void Select_DescendingBlockThenTies_KeepsFirstKAndLowerIndexOnTies()
    {
        var scores = new float[37];
        for (int i = 0; i < 16; i++)
            scores[i] = 16 - i;
        scores[20] = 14;
        scores[36] = 15;

        Assert.Equal([0, 1, 36], TopK.Select(scores, 3));
    }

    [Theory]
    [InlineData(1, 0f)]
    [InlineData(5, 0f)]
    [InlineData(12, -0.5f)]
    [InlineData(40, 0.25f)]
    public void Select_NoisyScoresWithNaNAndFilter_MatchesReference(int k, float minimum)
    {
        var random = new Random(11);
        var scores = Enumerable.Range(0, 203).Select(_ => random.Next(10) switch
        {
            0 => float.NaN,
            1 => -(float)Math.Round(random.NextDouble(), 1),
            2 => 0f,
            _ => (float)Math.Round(random.NextDouble(), 1),
        }).ToArray();
        Func<int, bool> accept = i => i % 5 != 2;

        var expected = Enumerable.Range(0, scores.Length)
            .Where(i => !float.IsNaN(scores[i]) && scores[i] > minimum && accept(i))
            .OrderByDescending(i => scores[i]).ThenBy(i => i).Take(k).ToArray();
        Assert.Equal(expected, TopK.Select(scores, k, accept, minimum));
    }

    [Fact]
    public void SelectDistinct_GroupsOfTwo_FirstOfEachUpToKGrowingThePoolAsNeeded()
    {
        // Positions 2j and 2j + 1 are one group; scores fall with the position, so each group's first is 2j.
        var scores = Enumerable.Range(0, 100).Select(i => 100f - i).ToArray();
        List<int> FirstOfEach(IEnumerable<int> ranked, int k) =>
            ranked.DistinctBy(i => i / 2).Take(k).ToList();

        Assert.Equal([0, 2, 4, 6, 8, 10, 12, 14, 16, 18], TopK.SelectDistinct(scores, 10, FirstOfEach, minimumPool: 1));
        Assert.Equal(50, TopK.SelectDistinct(scores, 80, FirstOfEach).Count);
    }
}
