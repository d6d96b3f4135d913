using ToyRec.Catalog;
using ToyRec.Content;

namespace ToyRec.Server.Recommendations;

/// <summary>
/// The category predictor the server falls back on until a trained category model is registered: a k-nearest-
/// neighbour vote, <c>P(c) = Σ_{n ∈ N_k, cat(n) = c} cos(q, n) / Σ_{n ∈ N_k} cos(q, n)</c>, over the k catalogue
/// products whose TF-IDF vectors are closest to the name. Price and rating are not used. A name that shares no
/// term with the catalogue gets the categories' frequencies.
/// </summary>
public sealed class NeighbourCategoryPredictor : ICategoryPredictor
{
    public const int Neighbours = 15;

    private readonly ContentIndex _content;
    private readonly List<CategoryProbability> _prior;

    public NeighbourCategoryPredictor(ContentIndex content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _content = content;
        var labelled = content.Catalog.Products.Where(p => !p.Category.IsEmpty).ToList();
        _prior = labelled.GroupBy(p => p.Category.TopLevel)
            .Select(g => new CategoryProbability(g.Key, (double)g.Count() / labelled.Count))
            .OrderByDescending(c => c.Probability).ThenBy(c => c.Category, StringComparer.Ordinal).ToList();
    }

    public CategoryPrediction Predict(string name, decimal? price, double? rating, int top)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        ProductCatalog catalog = _content.Catalog;
        var neighbours = _content.Search(name, Neighbours, i => !catalog[i].Category.IsEmpty);
        double total = neighbours.Sum(n => n.Score);
        if (neighbours.Count == 0 || total <= 0)
        {
            return new CategoryPrediction("nearest-neighbours", _prior.Take(top).ToList(),
                "no catalogue product shares a word with the name: categories by how common they are");
        }

        var scores = neighbours.GroupBy(n => catalog[n.Index].Category.TopLevel)
            .Select(g => new CategoryProbability(g.Key, g.Sum(n => n.Score) / total))
            .OrderByDescending(c => c.Probability).ThenBy(c => c.Category, StringComparer.Ordinal).Take(top).ToList();
        string examples = string.Join("; ", neighbours.Where(n => catalog[n.Index].Category.TopLevel ==
            scores[0].Category).Take(2).Select(n => catalog[n.Index].Name));
        return new CategoryPrediction("nearest-neighbours", scores,
            $"{neighbours.Count} nearest catalogue products by name and text vote; closest in " +
            $"{scores[0].Category}: {examples}");
    }
}
