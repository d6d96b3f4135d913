using System.Text.Json.Serialization;
using ToyRec.Server.Http;

namespace ToyRec.Server.Endpoints;

/// <summary>The body of <c>POST /api/category/predict</c>: what a seller types in for a new product.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CategoryRequest(string? Name, decimal? Price = null, decimal? Rating = null) : IRequestBody
{
    public static IReadOnlyList<RequestField> Fields { get; } =
    [
        new("name", $"a string of 1 to {Limits.MaxNameLength} characters"),
        new("price", RequestErrors.PriceRange),
        new("rating", "a number from 0 to 5"),
    ];
}
