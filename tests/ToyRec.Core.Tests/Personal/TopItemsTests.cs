using ToyRec.Personal;

namespace ToyRec.Core.Tests.Personal;

public sealed class TopItemsTests
{
    [Fact]
    public void Select_TiesAndExcluded_HighestFirstLowerIndexOnTies()
    {
        float[] scores = [1, 3, float.NegativeInfinity, 3, 2, 3];

        var top = TopItems.Select(scores, 4);

        Assert.Equal([1, 3, 5, 4], top.Select(t => t.Item));
    }

    [Fact]
    public void Select_FilterRejectsBest_FillsKFromTheRest()
    {
        float[] scores = [9, 8, 7, 6, 5, 4];

        var top = TopItems.Select(scores, 3, item => item >= 2);

        Assert.Equal([2, 3, 4], top.Select(t => t.Item));
    }

    [Fact]
    public void Select_FewerCandidatesThanK_ReturnsThoseThatPass()
    {
        var top = TopItems.Select([1f, float.NegativeInfinity, 2f], 5);

        Assert.Equal([2, 0], top.Select(t => t.Item));
    }
}
