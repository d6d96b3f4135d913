using ToyRec.Content;
using ToyRec.Personal;

namespace ToyRec.Server.Recommendations;

/// <summary>
/// Each product's unfiltered nearest neighbours by content, computed once: the catalogue does not change while
/// the server runs. Holds the top <see cref="Depth"/> positions and cosines per product; the shared-terms reason
/// of each neighbour is worked out the first time it is shown. Races only ever compute the same value twice.
/// </summary>
public sealed class SimilarProductCache(ContentIndex content)
{
    public const int Depth = 100;

    private readonly Entry?[] _entries = new Entry?[content.Catalog.Count];

    public int Count => content.Catalog.Count;

    /// <summary>The top <paramref name="k"/> (at most <see cref="Depth"/>) neighbours with reasons.</summary>
    public Recommendation[] Get(int product, int k)
    {
        var entry = Ensure(product);
        int count = Math.Min(k, entry.Indices.Length);
        var result = new Recommendation[count];
        for (int r = 0; r < count; r++)
        {
            string reason = entry.Reasons[r] ??= Reason(product, entry.Indices[r]);
            result[r] = new Recommendation(entry.Indices[r], entry.Scores[r], reason);
        }

        return result;
    }

    /// <summary>The neighbour positions and cosines, without reasons.</summary>
    public (int[] Indices, double[] Scores) Neighbours(int product)
    {
        var entry = Ensure(product);
        return (entry.Indices, entry.Scores);
    }

    /// <summary>"similar to NAME: shared terms a, b, c" for a neighbour of a product.</summary>
    public string Reason(int product, int neighbour) =>
        ReasonText.SimilarTo(content.Catalog[product].Name, content.SharedTerms(product, neighbour));

    private Entry Ensure(int product)
    {
        if (_entries[product] is { } cached)
            return cached;
        int[] indices = content.SimilarIndices(product, Depth, onePerDuplicateGroup: true);
        var scores = indices.Select(i => Math.Min(1.0, content.Similarity(product, i))).ToArray();
        var entry = new Entry(indices, scores, new string?[indices.Length]);
        _entries[product] = entry;
        return entry;
    }

    private sealed record Entry(int[] Indices, double[] Scores, string?[] Reasons);
}
