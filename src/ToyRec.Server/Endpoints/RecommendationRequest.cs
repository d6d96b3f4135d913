namespace ToyRec.Server.Endpoints;

/// <summary>
/// The body of <c>POST /api/recommendations</c>; every field may be left out. <c>ordered</c> says the history is in
/// time order, oldest first, so later products count more (weight d^r for the product r places before the newest,
/// d = <c>recencyDecay</c>, else the default chosen on the interaction log's validation targets); a
/// <c>recencyDecay</c> alone implies <c>ordered</c>.
/// </summary>
public sealed record RecommendationRequest(IReadOnlyList<string>? History, int? K, decimal? MinPrice,
    decimal? MaxPrice, bool? InStock, IReadOnlyList<string>? Categories, IReadOnlyList<string>? Exclude,
    double? Diversity, bool? Ordered = null, double? RecencyDecay = null);
