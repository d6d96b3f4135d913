using System.Text.Json.Serialization;
using ToyRec.Server.Http;

namespace ToyRec.Server.Endpoints;

/// <summary>
/// The body of <c>POST /api/recommendations</c>; every field may be left out. <c>ordered</c> says the history is in
/// time order, oldest first, so later products count more (weight d^r for the product r places before the newest,
/// d = <c>recencyDecay</c>, else the default chosen on the interaction log's validation targets); a
/// <c>recencyDecay</c> alone implies <c>ordered</c>.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record RecommendationRequest(IReadOnlyList<string>? History = null, int? K = null,
    decimal? MinPrice = null, decimal? MaxPrice = null, bool? InStock = null, IReadOnlyList<string>? Categories = null,
    IReadOnlyList<string>? Exclude = null, decimal? Diversity = null, bool? Ordered = null,
    decimal? RecencyDecay = null) : IRequestBody
{
    public static IReadOnlyList<RequestField> Fields { get; } =
    [
        new("history", $"an array of at most {Limits.MaxHistory} product ids (strings)"),
        new("k", $"a whole number from {Limits.MinK} to {Limits.MaxK}"),
        new("minPrice", RequestErrors.PriceRange),
        new("maxPrice", RequestErrors.PriceRange),
        new("inStock", "true or false"),
        new("categories", "an array of top-level category names (strings)"),
        new("exclude", $"an array of at most {Limits.MaxHistory} product ids (strings)"),
        new("diversity", "a number from 0 to 1"),
        new("ordered", "true or false"),
        new("recencyDecay", "a number more than 0 and at most 1"),
    ];
}
