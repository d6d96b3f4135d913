using ToyRec.Ranking;

namespace ToyRec.Core.Tests.Ranking;

public sealed class NeighbourListsTests
{
    [Fact]
    public void Offer_KeepsTheBestByScoreThenLowerIndex()
    {
        var lists = new NeighbourLists(rows: 1, k: 3);

        foreach (var (index, score) in new[] { (7, 0.5f), (2, 0.9f), (9, 0.5f), (4, 0.5f), (1, 0.1f), (3, 0f) })
            lists.Offer(0, index, score);

        Assert.Equal([2, 4, 7], lists.Row(0));
        Assert.Equal(0.5f, lists.Thresholds[0]);
    }

    [Fact]
    public void Offer_NonPositiveOrNaNScore_IsNeverKept()
    {
        var lists = new NeighbourLists(rows: 2, k: 2);

        lists.Offer(1, 5, 0);
        lists.Offer(1, 6, -0.2f);
        lists.Offer(1, 7, float.NaN);

        Assert.Empty(lists.Row(1));
        Assert.Equal(0, lists.Thresholds[1]);
    }

    [Fact]
    public void Merge_GivesTheSameListsAsOneInstanceWhateverTheSplit()
    {
        var offers = new[] { (3, 0.2f), (8, 0.7f), (5, 0.7f), (1, 0.4f), (6, 0.2f), (2, 0.9f) };
        var single = new NeighbourLists(1, 4);
        foreach (var (index, score) in offers)
            single.Offer(0, index, score);

        var first = new NeighbourLists(1, 4);
        var second = new NeighbourLists(1, 4);
        for (int i = 0; i < offers.Length; i++)
            (i % 2 == 0 ? first : second).Offer(0, offers[i].Item1, offers[i].Item2);
        second.Merge(first);

        Assert.Equal([2, 5, 8, 1], single.Row(0));
        Assert.Equal(single.Row(0), second.Row(0));
    }

    [Fact]
    public void Merge_OtherShape_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new NeighbourLists(2, 3).Merge(new NeighbourLists(2, 4)));

        Assert.Contains("another shape", error.Message);
    }
}
