namespace ToyRec.Server.Endpoints;

/// <summary>The body of <c>POST /api/recommendations</c>; every field may be left out.</summary>
public sealed record RecommendationRequest(IReadOnlyList<string>? History, int? K, decimal? MinPrice,
    decimal? MaxPrice, bool? InStock, IReadOnlyList<string>? Categories, IReadOnlyList<string>? Exclude,
    double? Diversity);
