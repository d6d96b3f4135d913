using ToyRec.Evaluation;

namespace ToyRec.Core.Tests.Evaluation;

public sealed class RankingMetricsTests
{
    // Ranked list: hit, miss, hit, miss, miss; three relevant items exist in all.
    private static readonly bool[] Ranked = [true, false, true, false, false];

    [Fact]
    public void PrecisionAt_TwoHitsInFive_IsTwoFifths() =>
        Tolerance.Equal(0.4, RankingMetrics.PrecisionAt(Ranked, 5));

    [Fact]
    public void AveragePrecisionAt_StrictDividesByMinOfKAndR() =>
        // (1/1 + 2/3) / min(5, 3)
        Tolerance.Equal((1.0 + 2.0 / 3) / 3, RankingMetrics.AveragePrecisionAt(Ranked, 5, 3));

    [Fact]
    public void LenientAveragePrecisionAt_DividesByHitsFound() =>
        Tolerance.Equal((1.0 + 2.0 / 3) / 2, RankingMetrics.LenientAveragePrecisionAt(Ranked, 5));

    [Fact]
    public void NdcgAt_HandComputed()
    {
        double dcg = 1 + 1 / Math.Log2(4);
        double idcg = 1 + 1 / Math.Log2(3) + 1 / Math.Log2(4);
        Tolerance.Equal(dcg / idcg, RankingMetrics.NdcgAt(Ranked, 5, 3));
    }

    [Fact]
    public void RecallAt_AndHitAt_AndReciprocalRank()
    {
        Tolerance.Equal(2.0 / 3, RankingMetrics.RecallAt(Ranked, 5, 3));
        Tolerance.Equal(1.0, RankingMetrics.HitAt(Ranked, 1));
        Tolerance.Equal(0.5, RankingMetrics.ReciprocalRank([false, true]));
    }

    [Fact]
    public void AllMeasures_EmptyOrAllIrrelevant_AreZeroNotNaN()
    {
        bool[] none = [false, false, false];
        Tolerance.Equal(0, RankingMetrics.PrecisionAt([], 5));
        Tolerance.Equal(0, RankingMetrics.AveragePrecisionAt(none, 5, 0));
        Tolerance.Equal(0, RankingMetrics.LenientAveragePrecisionAt(none, 5));
        Tolerance.Equal(0, RankingMetrics.NdcgAt([], 10, 0));
        Tolerance.Equal(0, RankingMetrics.RecallAt(none, 5, 0));
        Tolerance.Equal(0, RankingMetrics.ReciprocalRank(none));
    }
}
