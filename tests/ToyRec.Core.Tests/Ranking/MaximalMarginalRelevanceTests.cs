using ToyRec.Ranking;

namespace ToyRec.Core.Tests.Ranking;

public sealed class MaximalMarginalRelevanceTests
{
    private static readonly double[] Relevance = [1.0, 0.9, 0.5];

    // Items 10 and 11 are the same product in effect; 12 is unlike both.
    private static double Similarity(int a, int b) => (a, b) is (10, 11) or (11, 10) ? 1 : 0;

    [Fact]
    public void Rerank_HalfDiversity_PrefersTheUnlikeCandidateSecond()
    {
        var picks = MaximalMarginalRelevance.Rerank([10, 11, 12], i => Relevance[i - 10], 3, 0.5, Similarity);

        // Second pick at λ = 0.5: item 11 scores 0.5·0.9 − 0.5·1 = −0.05, item 12 scores 0.5·0.5 − 0 = 0.25.
        Assert.Equal([0, 2, 1], picks);
    }

    [Fact]
    public void Rerank_NoDiversity_KeepsTheOrderAndCutsAtK()
    {
        var picks = MaximalMarginalRelevance.Rerank([10, 11, 12], i => Relevance[i - 10], 2, 0.0, Similarity);

        Assert.Equal([0, 1], picks);
    }

    [Fact]
    public void Rerank_KBeyondTheCandidatesOrNoneAtAll_ReturnsWhatThereIs()
    {
        Assert.Equal(3, MaximalMarginalRelevance.Rerank([10, 11, 12], i => Relevance[i - 10], 9, 0.3,
            Similarity).Length);
        Assert.Empty(MaximalMarginalRelevance.Rerank([], _ => 1, 5, 0.3, Similarity));
    }

    [Fact]
    public void Rerank_KPicksFromNCandidates_EvaluatesAtMostKTimesNSimilarities()
    {
        var candidates = Enumerable.Range(0, 40).ToArray();
        int evaluations = 0;

        MaximalMarginalRelevance.Rerank(candidates, i => 1.0 / (1 + i), 10, 0.5, (a, b) =>
        {
            evaluations++;
            return (a + b) % 3 == 0 ? 0.8 : 0.1;
        });

        // After each of the 10 picks the remaining candidates (39, 38, ..., 30) are updated once each.
        Assert.Equal(Enumerable.Range(30, 10).Sum(), evaluations);
    }
}
