using ToyRec.Catalog;

namespace ToyRec.Neural;

/// <summary>
/// The label space of the co-purchase task and each product's positive labels. Two variants: every distinct
/// "also bought" slug (<see cref="AllLabels"/>), or only the linked products that resolve to the catalogue
/// (<see cref="InCatalogue"/>), which are the only ones this catalogue can recommend.
/// </summary>
public sealed class CoPurchaseLabels
{
    private CoPurchaseLabels(string variant, string[] names, string[] texts, int[][] positives, int[]? products)
    {
        Variant = variant;
        Names = names;
        Texts = texts;
        Positives = positives;
        Products = products;
    }

    /// <summary><c>all-labels</c> or <c>in-catalogue</c>.</summary>
    public string Variant { get; }

    /// <summary>Each label's name: the slug, or the catalogue product's name.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Each label's text, for the label side of the output layer (the slug's words, or the name).</summary>
    public IReadOnlyList<string> Texts { get; }

    /// <summary>Per catalogue product, its positive label ids, ascending (empty when it has none).</summary>
    public IReadOnlyList<int[]> Positives { get; }

    /// <summary>For <c>in-catalogue</c>, the catalogue index each label stands for; null otherwise.</summary>
    public IReadOnlyList<int>? Products { get; }

    /// <summary>Number of labels.</summary>
    public int Count => Names.Count;

    /// <summary>Every distinct also-bought slug of the catalogue's products.</summary>
    public static CoPurchaseLabels AllLabels(ProductCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var positives = new int[catalog.Count][];
        for (int i = 0; i < catalog.Count; i++)
        {
            var own = new SortedSet<int>();
            foreach (var link in catalog[i].AlsoBought)
            {
                if (!ids.TryGetValue(link.Slug, out int id))
                {
                    ids[link.Slug] = id = names.Count;
                    names.Add(link.Slug);
                }

                own.Add(id);
            }

            positives[i] = [.. own];
        }

        string[] texts = [.. names.Select(n => n.Replace('-', ' '))];
        return new CoPurchaseLabels("all-labels", [.. names], texts, positives, null);
    }

    /// <summary>Every catalogue product that some also-bought link resolves to.</summary>
    public static CoPurchaseLabels InCatalogue(ProductCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var targets = catalog.AlsoBought.SelectMany(t => t).Distinct().Order().ToArray();
        var ids = new Dictionary<int, int>();
        for (int l = 0; l < targets.Length; l++)
            ids[targets[l]] = l;
        var positives = new int[catalog.Count][];
        for (int i = 0; i < catalog.Count; i++)
            positives[i] = [.. catalog.AlsoBought[i].Select(t => ids[t]).Distinct().Order()];
        string[] names = [.. targets.Select(t => catalog[t].Name)];
        return new CoPurchaseLabels("in-catalogue", names, names, positives, targets);
    }
}
