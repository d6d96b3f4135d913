using ToyRec.Server.Catalog;
using ToyRec.Server.Recommendations;

namespace ToyRec.Server.Http;

/// <summary>Turns recommender answers (catalogue positions) into what the API sends.</summary>
public static class Listing
{
    public static RecommendationList Of(ProductStore store, int? product, string model,
        IEnumerable<Recommendation> recommendations)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(recommendations);
        var items = recommendations
            .Select(r => new RecommendedProduct(ProductSummary.Of(store.Catalog[r.Index]), r.Score, r.Reason))
            .ToList();
        return new RecommendationList(product is { } p ? ProductSummary.Of(store.Catalog[p]) : null, model, items);
    }
}
