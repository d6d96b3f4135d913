using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;
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
        RequestField.Strings("history", $"an array of at most {Limits.MaxHistory} product ids (strings)",
            Limits.MaxHistory),
        RequestField.WholeNumber("k", Limits.MinK, Limits.MaxK, Limits.DefaultK),
        RequestField.Price("minPrice"),
        RequestField.Price("maxPrice"),
        RequestField.TrueOrFalse("inStock"),
        RequestField.Strings("categories", "an array of category names at any level of the path (strings)"),
        RequestField.Strings("exclude", $"an array of at most {Limits.MaxHistory} product ids (strings)",
            Limits.MaxHistory),
        RequestField.Number("diversity", Limits.MinDiversity, Limits.MaxDiversity),
        RequestField.TrueOrFalse("ordered"),
        new("recencyDecay", string.Create(CultureInfo.InvariantCulture,
            $"a number more than {Limits.RecencyDecayAbove} and at most {Limits.MaxRecencyDecay}"))
        {
            Type = JsonSchemaType.Number,
            ExclusiveMinimum = Limits.RecencyDecayAbove,
            Maximum = Limits.MaxRecencyDecay,
        },
    ];
}
