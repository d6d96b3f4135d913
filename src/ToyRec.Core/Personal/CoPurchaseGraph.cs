using ToyRec.Catalog;

namespace ToyRec.Personal;

/// <summary>
/// The catalogue's resolved "also bought" and "bought after viewing" links as one weighted graph, each link also
/// read in the reverse direction: an item scores by the weighted links that join it to the history.
/// </summary>
/// <remarks>
/// w(i → j) = [j ∈ alsoBought(i)] + r · [i ∈ alsoBought(j)] + v · ([j ∈ viewed(i)] + r · [i ∈ viewed(j)])
/// with reverse weight r and viewed weight v; each row is divided by √(1 + its degree) so that a product with many
/// links does not drown the others (the degree damping of Cooper et al., "Random walks in recommender systems",
/// WWW 2014, in its simplest one-step form).
/// </remarks>
public sealed class CoPurchaseGraph
{
    private readonly int[][] _targets;
    private readonly float[][] _weights;

    private CoPurchaseGraph(int[][] targets, float[][] weights)
    {
        _targets = targets;
        _weights = weights;
    }

    /// <summary>Builds the graph with reverse weight <paramref name="reverse"/> and viewed weight
    /// <paramref name="viewed"/>.</summary>
    public static CoPurchaseGraph Build(ProductCatalog catalog, double reverse = 0.5, double viewed = 0.5)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var rows = new Dictionary<int, float>[catalog.Count];
        for (int i = 0; i < catalog.Count; i++)
            rows[i] = [];

        void Add(int from, int to, double weight)
        {
            if (from != to && weight > 0)
                rows[from][to] = rows[from].GetValueOrDefault(to) + (float)weight;
        }

        for (int i = 0; i < catalog.Count; i++)
        {
            foreach (int j in catalog.AlsoBought[i])
            {
                Add(i, j, 1);
                Add(j, i, reverse);
            }

            foreach (int j in catalog.BoughtAfterViewing[i])
            {
                Add(i, j, viewed);
                Add(j, i, viewed * reverse);
            }
        }

        var targets = new int[catalog.Count][];
        var weights = new float[catalog.Count][];
        for (int i = 0; i < catalog.Count; i++)
        {
            var entries = rows[i].OrderBy(e => e.Key).ToArray();
            float damping = 1 / MathF.Sqrt(1 + entries.Length);
            targets[i] = entries.Select(e => e.Key).ToArray();
            weights[i] = entries.Select(e => e.Value * damping).ToArray();
        }

        return new CoPurchaseGraph(targets, weights);
    }

    /// <summary>Number of products.</summary>
    public int Count => _targets.Length;

    /// <summary>The linked products of one product.</summary>
    public IReadOnlyList<int> Neighbours(int product) => _targets[product];

    /// <summary>w(from → to), 0 when not linked.</summary>
    public float Weight(int from, int to)
    {
        int at = Array.BinarySearch(_targets[from], to);
        return at < 0 ? 0 : _weights[from][at];
    }

    /// <summary>
    /// Adds <paramref name="scale"/> × w(product → j) to every j; the link between <paramref name="product"/> and
    /// <paramref name="hidden"/> (both directions) is left out, for evaluation on a held-out link.
    /// </summary>
    public void AddScores(int product, float scale, Span<float> scores, int hidden = -1)
    {
        var targets = _targets[product];
        var weights = _weights[product];
        for (int n = 0; n < targets.Length; n++)
        {
            if (targets[n] != hidden)
                scores[targets[n]] += scale * weights[n];
        }
    }
}
