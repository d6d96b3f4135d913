using ToyRec.Evaluation;
using ToyRec.Personal;

namespace ToyRec.Core.Tests.Personal;

public sealed class HistoryRankingEvaluatorTests
{
    [Fact]
    public void RankOf_TiesGoToLowerIndex()
    {
        // Long enough to cross several SIMD blocks; equal scores everywhere except two higher ones.
        var scores = Enumerable.Repeat(1f, 37).ToArray();
        scores[30] = 2;
        scores[33] = 5;

        Assert.Equal(2, HistoryRankingEvaluator.RankOf(scores, 0));
        Assert.Equal(2 + 20, HistoryRankingEvaluator.RankOf(scores, 20));
        Assert.Equal(2 + 34, HistoryRankingEvaluator.RankOf(scores, 36)); // 36 lower indices minus 30 and 33
        Assert.Equal(1, HistoryRankingEvaluator.RankOf(scores, 30));
        Assert.Equal(0, HistoryRankingEvaluator.RankOf(scores, 33));
    }

    [Fact]
    public void Evaluate_HistoryNeverCompetes()
    {
        // The fixed scorer puts items 0 and 1 on top; they are user 0's history, so its target 2 ranks first.
        int[][] log = [[0, 1, 5, 2], [3, 4, 5, 6]];
        var split = LeaveOneOutSplit.Create(log, LeaveOneOutTarget.Test);

        var metrics = HistoryRankingEvaluator.Evaluate(split, new FixedScorer([9, 8, 7, 6, 5, 4, 3, 2]));

        // User 1: items 3, 4, 5 are history; above target 6 remain 0, 1, 2.
        Tolerance.Equal((1 + 1.0 / 4) / 2, metrics.Mrr);
        Tolerance.Equal(1, metrics.HitRateAt5);
    }

    [Fact]
    public void EvaluateBlends_EqualsEvaluatingEachBlendAlone()
    {
        int[][] log = [[0, 1, 2, 3], [1, 2, 4, 0], [4, 3, 2, 1], [2, 0, 4, 3]];
        var split = LeaveOneOutSplit.Create(log, LeaveOneOutTarget.Validation);
        var a = new FixedScorer([0.5f, 0.1f, 0.9f, 0.3f, 0.2f]);
        var b = new FixedScorer([0.1f, 0.8f, 0.2f, 0.7f, 0.4f]);

        var blended = HistoryRankingEvaluator.EvaluateBlends(split, [a, b], [[1, 0], [0, 1]], 1);

        Assert.Equal(HistoryRankingEvaluator.Evaluate(split, a), blended[0]);
        Assert.Equal(HistoryRankingEvaluator.Evaluate(split, b), blended[1]);
    }

    private sealed class FixedScorer(float[] scores) : IHistoryScorer
    {
        public string Name => "fixed";

        public int ItemCount => scores.Length;

        public void AddScores(ReadOnlySpan<int> history, Span<float> output, float weight)
        {
            for (int j = 0; j < scores.Length; j++)
                output[j] += weight * scores[j];
        }
    }
}
