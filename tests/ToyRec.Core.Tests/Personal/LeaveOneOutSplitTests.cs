using ToyRec.Evaluation;

namespace ToyRec.Core.Tests.Personal;

public sealed class LeaveOneOutSplitTests
{
    // Users 0 and 2 have one and two items and cannot give history, validation and test items.
    private static readonly int[][] Log = [[5], [1, 2, 3], [4, 6], [7, 8, 9, 10]];

    [Fact]
    public void Create_Test_LastItemIsTargetAndShortUsersSkipped()
    {
        var split = LeaveOneOutSplit.Create(Log, LeaveOneOutTarget.Test);

        Assert.Equal(2, split.SkippedUsers);
        Assert.Equal([1, 3], split.Users);
        Assert.Equal([3, 10], split.Targets);
        Assert.Equal([1, 2], split.Histories[0]);
        Assert.Equal([7, 8, 9], split.Histories[1]);
    }

    [Fact]
    public void Create_Validation_SecondToLastIsTargetWithEarlierHistory()
    {
        var split = LeaveOneOutSplit.Create(Log, LeaveOneOutTarget.Validation);

        Assert.Equal(2, split.SkippedUsers);
        Assert.Equal([2, 9], split.Targets);
        Assert.Equal([1], split.Histories[0]);
        Assert.Equal([7, 8], split.Histories[1]);
    }
}
