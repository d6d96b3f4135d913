using ToyRec.Evaluation;

namespace ToyRec.Core.Tests.Personal;

public sealed class LeaveOneOutMetricsTests
{
    [Fact]
    public void FromRanks_HandComputed()
    {
        // 0-based ranks: first place, fourth place, tenth place, thirteenth place.
        var metrics = LeaveOneOutMetrics.FromRanks([0, 3, 9, 12]);

        Tolerance.Equal(2.0 / 4, metrics.HitRateAt5);
        Tolerance.Equal(3.0 / 4, metrics.HitRateAt10);
        Tolerance.Equal((1 + 1 / Math.Log2(5)) / 4, metrics.NdcgAt5);
        Tolerance.Equal((1 + 1 / Math.Log2(5) + 1 / Math.Log2(11)) / 4, metrics.NdcgAt10);
        Tolerance.Equal((1 + 1.0 / 4 + 1.0 / 10 + 1.0 / 13) / 4, metrics.Mrr);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(30)]
    public void FromRanks_OneUser_AgreesWithRankingMetrics(int rank)
    {
        var relevant = new bool[rank + 1];
        relevant[rank] = true;

        var metrics = LeaveOneOutMetrics.FromRanks([rank]);

        Tolerance.Equal(RankingMetrics.HitAt(relevant, 10), metrics.HitRateAt10);
        Tolerance.Equal(RankingMetrics.NdcgAt(relevant, 5, 1), metrics.NdcgAt5);
        Tolerance.Equal(RankingMetrics.NdcgAt(relevant, 10, 1), metrics.NdcgAt10);
        Tolerance.Equal(RankingMetrics.ReciprocalRank(relevant), metrics.Mrr);
    }

    [Fact]
    public void FromRanks_NoUsers_AllZero()
    {
        var metrics = LeaveOneOutMetrics.FromRanks([]);

        Assert.Equal(new LeaveOneOutMetrics(0, 0, 0, 0, 0, 0), metrics);
    }
}
