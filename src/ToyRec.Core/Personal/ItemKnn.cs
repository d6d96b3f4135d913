namespace ToyRec.Personal;

/// <summary>
/// Item-based collaborative filtering: items are similar when the same users have both, by the asymmetric cosine
/// of their co-occurrence, and a history scores each item by its similarity to the history's items, newer items
/// weighing more.
/// </summary>
/// <remarks>
/// <para>With C_ij the number of users who have both i and j and n_i the users who have i,
/// sim(i, j) = C_ij / (n_i^α · n_j^(1−α)) (α = 0.5 is the cosine), and
/// score(j) = Σ_r d^r · sim(h_(L−1−r), j) over the history h of length L with decay d. Each item keeps its
/// strongest neighbours only.</para>
/// <para>Sarwar et al., "Item-based collaborative filtering recommendation algorithms" (WWW 2001); the asymmetric
/// cosine is from Aiolli, "Efficient top-N recommendation for very large scale binary rated datasets"
/// (RecSys 2013).</para>
/// </remarks>
public sealed class ItemKnn : IHistoryScorer
{
    private readonly SparseNeighbours _neighbours;

    private ItemKnn(SparseNeighbours neighbours, ItemKnnOptions options)
    {
        _neighbours = neighbours;
        Options = options;
    }

    /// <inheritdoc />
    public string Name => "item-knn";

    /// <inheritdoc />
    public int ItemCount => _neighbours.ItemCount;

    /// <summary>The options the model was built with.</summary>
    public ItemKnnOptions Options { get; }

    /// <summary>Number of stored (item, neighbour) similarities.</summary>
    public int EntryCount => _neighbours.EntryCount;

    /// <summary>Builds the model from per-user histories (item indices below <paramref name="itemCount"/>).</summary>
    public static ItemKnn Build(IReadOnlyList<int[]> histories, int itemCount, ItemKnnOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(histories);
        options ??= ItemKnnOptions.Default;
        var distinct = histories.Select(h => h.Distinct().ToArray()).ToArray();
        var occurrences = new ItemOccurrences(distinct, itemCount);
        double alpha = options.Alpha;
        var neighbours = SparseNeighbours.Build(itemCount, (i, row) =>
        {
            foreach (int h in occurrences.Histories(i))
            {
                foreach (int j in distinct[h])
                {
                    if (j != i)
                        row.Add(j, 1);
                }
            }
        }, (i, j, c) => c / (Math.Pow(occurrences.Count(i), alpha) * Math.Pow(occurrences.Count(j), 1 - alpha)),
            options.Neighbours);
        return new ItemKnn(neighbours, options);
    }

    /// <summary>sim(i, j) as stored (0 when j is not among i's kept neighbours).</summary>
    public float Similarity(int i, int j) => _neighbours.Weight(i, j);

    /// <inheritdoc />
    public void AddScores(ReadOnlySpan<int> history, Span<float> scores, float weight) =>
        _neighbours.AddHistory(history, Options.HistoryDecay, weight, scores);
}
