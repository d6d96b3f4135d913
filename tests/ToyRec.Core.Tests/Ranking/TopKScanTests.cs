using ToyRec.Ranking;

namespace ToyRec.Core.Tests.Ranking;

// The SIMD scan offers only the lanes above the k-th seen so far; these cases check that it never loses one.
public sealed class TopKScanTests
{
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
}
