using ToyRec.Category;

namespace ToyRec.Core.Tests.Category;

public sealed class StratifiedSplitTests
{
    [Fact]
    public void Split_TwoClasses_EachGivesRoundedFifth()
    {
        var labels = Enumerable.Range(0, 70).Select(i => i < 50 ? 0 : 1).ToArray();
        var (train, test) = StratifiedSplit.Split(labels, 0.2, seed: 42);
        Assert.Equal(10, test.Count(i => labels[i] == 0));
        Assert.Equal(4, test.Count(i => labels[i] == 1));
        Assert.Equal(Enumerable.Range(0, 70), train.Concat(test).Order());
    }

    [Fact]
    public void Split_SameSeed_SameParts()
    {
        var labels = Enumerable.Range(0, 100).Select(i => i % 3).ToArray();
        Assert.Equal(StratifiedSplit.Split(labels, 0.2, 7).Second, StratifiedSplit.Split(labels, 0.2, 7).Second);
        Assert.NotEqual(StratifiedSplit.Split(labels, 0.2, 7).Second, StratifiedSplit.Split(labels, 0.2, 8).Second);
    }
}
