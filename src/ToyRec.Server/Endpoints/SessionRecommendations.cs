using ToyRec.Server.Catalog;

namespace ToyRec.Server.Endpoints;

/// <summary>A session's state as its stored events tell it, with recommendations from it.</summary>
public sealed record SessionRecommendations(string SessionId, int Events, IReadOnlyList<ProductSummary> Basket,
    IReadOnlyList<ProductSummary> Purchased, string Model, IReadOnlyList<RecommendedProduct> Items);
