using ToyRec.Ranking;

namespace ToyRec.Neural;

/// <summary>Full score vectors of a set of products, one per label space system, for ranking and blending.</summary>
internal static class CoPurchaseScores
{
    private const int BatchSize = 256;

    /// <summary>The network's probability of every label, one array per product.</summary>
    public static float[][] Network(CoPurchaseNetwork network, NetworkDataset data)
    {
        var scores = new float[data.Count][];
        var all = Enumerable.Range(0, data.Count).ToArray();
        for (int start = 0; start < all.Length; start += BatchSize)
        {
            var rows = all.AsSpan(start, Math.Min(BatchSize, all.Length - start));
            var probabilities = network.Predict(data.Batch(rows).Input);
            for (int r = 0; r < rows.Length; r++)
                scores[start + r] = probabilities.Row(r).ToArray();
        }

        return scores;
    }

    /// <summary>The neighbour vote of every label, one array per product.</summary>
    public static float[][] Neighbours(NeighbourLabels neighbours, NetworkDataset data, int labels)
    {
        var scores = new float[data.Count][];
        Parallel.For(0, data.Count, r =>
        {
            scores[r] = new float[labels];
            neighbours.Scores(data.Inputs.Text, r, scores[r]);
        });
        return scores;
    }

    /// <summary>The top lists of a blend of two score sets (weight 1: the first alone).</summary>
    public static int[][] TopLists(float[][] first, float[][] second, float weight, Func<int, Func<int, bool>?> accept)
    {
        var lists = new int[first.Length][];
        Parallel.For(0, first.Length, r =>
        {
            var scores = weight >= 1 ? first[r] : CoPurchaseModel.Blend(first[r], second[r], weight);
            lists[r] = TopK.Select(scores, LabelRankingAccumulator.ListLength, accept(r), float.NegativeInfinity);
        });
        return lists;
    }
}
