using System.Numerics;
using System.Numerics.Tensors;
using ToyRec.Personal;

namespace ToyRec.Evaluation;

/// <summary>
/// Evaluates history scorers on a <see cref="LeaveOneOutSplit"/> by full ranking: each user's target is ranked
/// against every item outside the user's history, ties broken by lower item index, as a served list would be.
/// </summary>
/// <remarks>
/// Rank of target t among the candidates C (all items minus the history) under scores s:
/// r = |{j ∈ C : s_j &gt; s_t}| + |{j ∈ C : s_j = s_t, j &lt; t}| (0-based). Users run in parallel, each writing
/// its own rank, and the metrics are summed in user order, so results do not depend on the thread count.
/// </remarks>
public static class HistoryRankingEvaluator
{
    /// <summary>The metrics of one scorer.</summary>
    public static LeaveOneOutMetrics Evaluate(LeaveOneOutSplit split, IHistoryScorer scorer,
        int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        return EvaluateBlends(split, [scorer], [[1f]], maxDegreeOfParallelism)[0];
    }

    /// <summary>
    /// The metrics of several weighted sums of the same components at the cost of computing each component once
    /// per user: blend b scores Σ_c blends[b][c] · component_c.
    /// </summary>
    public static IReadOnlyList<LeaveOneOutMetrics> EvaluateBlends(LeaveOneOutSplit split,
        IReadOnlyList<IHistoryScorer> components, IReadOnlyList<float[]> blends, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(split);
        ArgumentNullException.ThrowIfNull(components);
        ArgumentNullException.ThrowIfNull(blends);
        if (components.Count == 0)
            throw new ArgumentException("Expected at least one component.", nameof(components));
        int items = components[0].ItemCount;
        foreach (var blend in blends)
        {
            if (blend.Length != components.Count)
            {
                throw new ArgumentException(
                    $"A blend has {blend.Length} weights; expected one per component ({components.Count}).",
                    nameof(blends));
            }
        }

        var ranks = new int[blends.Count][];
        for (int b = 0; b < blends.Count; b++)
            ranks[b] = new int[split.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? -1 };
        Parallel.For(0, split.Count, parallel, () => new Buffers(components.Count, items), (u, _, buffers) =>
        {
            var history = split.Histories[u];
            for (int c = 0; c < components.Count; c++)
            {
                Array.Clear(buffers.Components[c]);
                components[c].AddScores(history, buffers.Components[c], 1);
            }

            for (int b = 0; b < blends.Count; b++)
            {
                Combine(buffers, blends[b]);
                foreach (int h in history)
                    buffers.Combined[h] = float.NegativeInfinity;
                ranks[b][u] = RankOf(buffers.Combined, split.Targets[u]);
            }

            return buffers;
        }, _ => { });
        return ranks.Select(r => LeaveOneOutMetrics.FromRanks(r)).ToList();
    }

    /// <summary>The 0-based rank of <paramref name="target"/>: higher scores first, ties by lower index.</summary>
    public static int RankOf(ReadOnlySpan<float> scores, int target)
    {
        float score = scores[target];
        int rank = 0;
        int width = Vector<float>.Count;
        var threshold = new Vector<float>(score);
        int j = 0;
        for (; j + width <= scores.Length; j += width)
        {
            var block = new Vector<float>(scores[j..]);
            var greater = Vector.GreaterThan(block, threshold);
            var tied = Vector.Equals(block, threshold);
            if (j + width <= target)
                greater |= tied;
            else if (j <= target)
                greater |= tied & Vector.LessThan(Indices(j), new Vector<int>(target));
            rank -= Vector.Sum(greater);
        }

        for (; j < scores.Length; j++)
        {
            if (scores[j] > score || (scores[j] == score && j < target))
                rank++;
        }

        return rank;
    }

    private static Vector<int> Indices(int start)
    {
        Span<int> values = stackalloc int[Vector<int>.Count];
        for (int i = 0; i < values.Length; i++)
            values[i] = start + i;
        return new Vector<int>(values);
    }

    private static void Combine(Buffers buffers, float[] weights)
    {
        var combined = buffers.Combined.AsSpan();
        combined.Clear();
        for (int c = 0; c < weights.Length; c++)
        {
            if (weights[c] != 0)
                TensorPrimitives.MultiplyAdd(buffers.Components[c], weights[c], combined, combined);
        }
    }

    private sealed class Buffers(int components, int items)
    {
        public float[][] Components { get; } = Enumerable.Range(0, components).Select(_ => new float[items]).ToArray();

        public float[] Combined { get; } = new float[items];
    }
}
