namespace ToyRec.Personal;

/// <summary>The answer of <see cref="CatalogueRecommender"/>: the products, and whether they are only popular
/// products because the history was empty.</summary>
/// <param name="Items">The recommendations, best first.</param>
/// <param name="PopularFallback">True when the history was empty and the list is the most popular products that
/// pass the filter.</param>
public sealed record CatalogueRecommendations(IReadOnlyList<CatalogueRecommendation> Items, bool PopularFallback);
