using ToyRec.Evaluation;

namespace ToyRec.Neural;

/// <summary>
/// Averages the co-purchase metrics over products: P@1/5/10/20, R@1/5/10/20, NDCG@10 and HR@10 per product, and
/// the catalogue coverage of the top-10 lists (distinct labels in any top 10 / number of labels).
/// </summary>
/// <remarks>Per-product measures come from <see cref="RankingMetrics"/>; coverage follows Ge, Delgado-Battenfeld
/// and Jannach, "Beyond accuracy: evaluating recommender systems by coverage and serendipity", RecSys 2010.</remarks>
public sealed class LabelRankingAccumulator
{
    /// <summary>The cut-offs of precision and recall.</summary>
    public static readonly int[] CutOffs = [1, 5, 10, 20];

    /// <summary>The longest list a system has to return.</summary>
    public const int ListLength = 20;

    private readonly int _labelCount;
    private readonly double[] _precision = new double[CutOffs.Length];
    private readonly double[] _recall = new double[CutOffs.Length];
    private readonly HashSet<int> _covered = [];
    private double _ndcg;
    private double _hit;

    /// <summary>Creates an empty accumulator for a label space of <paramref name="labelCount"/>.</summary>
    public LabelRankingAccumulator(int labelCount) => _labelCount = labelCount;

    /// <summary>Products added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds one product's ranked list (best first) and its positive labels (ascending).</summary>
    public void Add(IReadOnlyList<int> ranked, int[] positives)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(positives);
        var relevant = new bool[Math.Min(ranked.Count, ListLength)];
        for (int i = 0; i < relevant.Length; i++)
            relevant[i] = Array.BinarySearch(positives, ranked[i]) >= 0;
        for (int c = 0; c < CutOffs.Length; c++)
        {
            _precision[c] += RankingMetrics.PrecisionAt(relevant, CutOffs[c]);
            _recall[c] += RankingMetrics.RecallAt(relevant, CutOffs[c], positives.Length);
        }

        _ndcg += RankingMetrics.NdcgAt(relevant, 10, positives.Length);
        _hit += RankingMetrics.HitAt(relevant, 10);
        for (int i = 0; i < Math.Min(10, ranked.Count); i++)
            _covered.Add(ranked[i]);
        Count++;
    }

    /// <summary>The averages as metric values of one variant and system (0 when nothing was added).</summary>
    public IReadOnlyList<MetricValue> Metrics(string variant, string system)
    {
        double n = Math.Max(1, Count);
        var values = new List<MetricValue>();
        for (int c = 0; c < CutOffs.Length; c++)
            values.Add(new MetricValue($"P@{CutOffs[c]}", variant, system, _precision[c] / n));
        for (int c = 0; c < CutOffs.Length; c++)
            values.Add(new MetricValue($"R@{CutOffs[c]}", variant, system, _recall[c] / n));
        values.Add(new MetricValue("NDCG@10", variant, system, _ndcg / n));
        values.Add(new MetricValue("HR@10", variant, system, _hit / n));
        values.Add(new MetricValue("coverage@10", variant, system,
            _labelCount == 0 ? 0 : (double)_covered.Count / _labelCount));
        return values;
    }

    /// <summary>The mean P@1 plus the mean R@20: the one figure the blend weight is chosen by on validation.</summary>
    public double PrecisionAt1PlusRecallAt20 => (_precision[0] + _recall[^1]) / Math.Max(1, Count);
}
