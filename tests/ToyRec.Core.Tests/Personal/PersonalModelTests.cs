using ToyRec.Personal;

namespace ToyRec.Core.Tests.Personal;

public sealed class PersonalModelTests
{
    private static readonly int[][] Histories = [[0, 1, 2, 3], [1, 2, 4], [0, 2, 5], [3, 4, 5, 6], [6, 7]];

    [Fact]
    public void Recommend_NeverReturnsTheHistory()
    {
        var model = PersonalModel.Build(Histories, 8);

        var results = model.Recommend([0, 1, 2], 8);

        Assert.DoesNotContain(results, r => r.Item is 0 or 1 or 2);
        Assert.Equal(5, results.Count);
    }

    [Fact]
    public void Recommend_FilterBeforeCut_StillReturnsK()
    {
        var model = PersonalModel.Build(Histories, 8);

        var results = model.Recommend([0, 1], 3, item => item % 2 == 1);

        Assert.Equal([3, 5, 7], results.Select(r => r.Item).Order());
    }

    [Fact]
    public void Recommend_AllScoresEqual_TiesByLowerIndex()
    {
        var model = PersonalModel.Build([[0], [1], [2], [3]], 4,
            PersonalOptions.Default with { PopularityWeight = 0 });

        var results = model.Recommend([2], 3);

        Assert.Equal([0, 1, 3], results.Select(r => r.Item));
    }

    [Fact]
    public void Explain_NamesTheHistoryItemGivingMostScore()
    {
        var model = PersonalModel.Build(Histories, 8);

        var (from, transition, _) = model.Explain([5, 6], 7);

        Assert.Equal(6, from);
        Assert.True(transition > 0, $"expected a transition part, got {transition}");
    }
}
