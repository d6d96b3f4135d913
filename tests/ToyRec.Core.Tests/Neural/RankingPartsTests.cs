using ToyRec.Neural;

namespace ToyRec.Core.Tests.Neural;

public sealed class RankingPartsTests
{
    [Fact]
    public void Accumulator_TwoProducts_AveragesHandComputedMetrics()
    {
        var accumulator = new LabelRankingAccumulator(labelCount: 10);

        accumulator.Add([3, 1, 7], [1, 3]);
        accumulator.Add([2, 5], [9]);
        var metrics = accumulator.Metrics("all-labels", "knn").ToDictionary(m => m.Metric, m => m.Value);

        Tolerance.Equal(0.5, metrics["P@1"]);
        Tolerance.Equal(0.2, metrics["P@5"]);
        Tolerance.Equal(0.25, metrics["R@1"]);
        Tolerance.Equal(0.5, metrics["R@20"]);
        Tolerance.Equal(0.5, metrics["HR@10"]);
        Tolerance.Equal(0.5, metrics["NDCG@10"]);
        Tolerance.Equal(0.5, metrics["coverage@10"]);
    }

    [Fact]
    public void NeighbourLabels_TwoNeighbours_VoteWeightedBySimilarity()
    {
        // Three unit-length training rows over 3 words; the query is word 0 only.
        var train = new SparseRows(3, [0, 1, 3, 4], [0, 0, 1, 2], [1f, 0.6f, 0.8f, 1f]);
        var neighbours = new NeighbourLabels(train, [[0, 1], [1, 2], [3]], labelCount: 4, neighbours: 2);
        var query = new SparseRows(3, [0, 1], [0], [1f]);
        var scores = new float[4];

        neighbours.Scores(query, 0, scores);

        // Cosines 1 and 0.6 (the third row shares no word): label 1 is in both, label 0 in the first only.
        Tolerance.Equal(1 / 1.6, scores[0], 1e-6);
        Tolerance.Equal(1, scores[1], 1e-6);
        Tolerance.Equal(0.6 / 1.6, scores[2], 1e-6);
        Assert.Equal(0f, scores[3]);
    }
}
