using ToyRec.Personal;

namespace ToyRec.Core.Tests.Personal;

public sealed class ItemKnnTests
{
    // Items a = 0, b = 1, c = 2: n_a = 3, n_b = 2, n_c = 2, C_ab = 2, C_ac = 2, C_bc = 1.
    private static readonly int[][] Histories = [[0, 1], [0, 1, 2], [0, 2]];

    [Fact]
    public void Similarity_Cosine_HandComputed()
    {
        var knn = ItemKnn.Build(Histories, 3, new ItemKnnOptions(Alpha: 0.5));

        Tolerance.Equal(2 / Math.Sqrt(3 * 2), knn.Similarity(0, 1), 1e-6);
        Tolerance.Equal(1 / Math.Sqrt(2 * 2), knn.Similarity(1, 2), 1e-6);
        Tolerance.Equal(0, knn.Similarity(1, 1));
    }

    [Fact]
    public void Similarity_Asymmetric_DampsTheSource()
    {
        var knn = ItemKnn.Build(Histories, 3, new ItemKnnOptions(Alpha: 0.75));

        // sim(a, b) = C_ab / (n_a^0.75 · n_b^0.25), sim(b, a) = C_ab / (n_b^0.75 · n_a^0.25).
        Tolerance.Equal(2 / (Math.Pow(3, 0.75) * Math.Pow(2, 0.25)), knn.Similarity(0, 1), 1e-6);
        Tolerance.Equal(2 / (Math.Pow(2, 0.75) * Math.Pow(3, 0.25)), knn.Similarity(1, 0), 1e-6);
    }

    [Fact]
    public void AddScores_DecaysOlderHistoryItems()
    {
        var knn = ItemKnn.Build(Histories, 3, new ItemKnnOptions(Alpha: 0.5, HistoryDecay: 0.5));
        var scores = new float[3];

        knn.AddScores([1, 0], scores, 2);

        // c: 2 × (0.5 · sim(b, c) + 1 · sim(a, c)).
        Tolerance.Equal(2 * (0.5 * 0.5 + 2 / Math.Sqrt(6)), scores[2], 1e-6);
    }
}
