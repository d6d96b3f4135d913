using ToyRec.Ranking;

namespace ToyRec.Neural;

/// <summary>
/// The TF-IDF nearest-neighbour baseline: a product's label scores are the labels of its k most similar training
/// products, each weighted by its cosine similarity, divided by the sum of those similarities.
/// </summary>
/// <remarks>
/// score(l) = Σ_{n ∈ N_k(q)} cos(q, n)·[l ∈ labels(n)] / Σ_{n ∈ N_k(q)} cos(q, n), the similarity-weighted
/// k-nearest-neighbour vote for multi-label data (Zhang and Zhou, "ML-KNN: a lazy learning approach to
/// multi-label learning", Pattern Recognition 40(7), 2007, uses the unweighted count). Rows are L2-normalised, so
/// the cosine is their dot product, computed through an inverted index.
/// </remarks>
public sealed class NeighbourLabels
{
    private readonly SparseRows _train;
    private readonly IReadOnlyList<int[]> _labels;
    private readonly int _labelCount;
    private readonly int[][] _postings;
    private readonly float[][] _postingValues;

    /// <summary>Indexes the training products' text rows and labels.</summary>
    public NeighbourLabels(SparseRows train, IReadOnlyList<int[]> labels, int labelCount, int neighbours = 20)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(neighbours);
        if (labels.Count != train.Rows)
            throw new ArgumentException($"{train.Rows} training rows but {labels.Count} label lists.");
        _train = train;
        _labels = labels;
        _labelCount = labelCount;
        Neighbours = neighbours;
        var rows = new List<int>[train.Columns];
        var values = new List<float>[train.Columns];
        for (int r = 0; r < train.Rows; r++)
        {
            for (int e = train.Offsets[r]; e < train.Offsets[r + 1]; e++)
            {
                int word = train.Indices[e];
                (rows[word] ??= []).Add(r);
                (values[word] ??= []).Add(train.Values[e]);
            }
        }

        _postings = [.. rows.Select(r => r?.ToArray() ?? [])];
        _postingValues = [.. values.Select(v => v?.ToArray() ?? [])];
    }

    /// <summary>Number of neighbours (k).</summary>
    public int Neighbours { get; }

    /// <summary>The training rows this index holds.</summary>
    public SparseRows Train => _train;

    /// <summary>The labels of each training row.</summary>
    public IReadOnlyList<int[]> Labels => _labels;

    /// <summary>The k training rows most similar to row <paramref name="row"/> of a query, with cosines.</summary>
    public (int Row, float Similarity)[] Nearest(SparseRows query, int row)
    {
        ArgumentNullException.ThrowIfNull(query);
        var similarity = new float[_train.Rows];
        for (int e = query.Offsets[row]; e < query.Offsets[row + 1]; e++)
        {
            int word = query.Indices[e];
            float weight = query.Values[e];
            var postings = _postings[word];
            var postingValues = _postingValues[word];
            for (int p = 0; p < postings.Length; p++)
                similarity[postings[p]] += weight * postingValues[p];
        }

        var top = TopK.Select(similarity, Neighbours);
        return [.. top.Select(r => (r, similarity[r]))];
    }

    /// <summary>Writes the label scores of row <paramref name="row"/> of a query into <paramref
    /// name="scores"/>.</summary>
    public void Scores(SparseRows query, int row, Span<float> scores)
    {
        if (scores.Length != _labelCount)
            throw new ArgumentException($"Expected {_labelCount} scores; got a span of {scores.Length}.");
        scores.Clear();
        var nearest = Nearest(query, row);
        float total = nearest.Sum(n => n.Similarity);
        if (total <= 0)
            return;
        foreach (var (neighbour, sim) in nearest)
        {
            foreach (int label in _labels[neighbour])
                scores[label] += sim / total;
        }
    }
}
