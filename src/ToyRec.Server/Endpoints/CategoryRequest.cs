using System.Text.Json.Serialization;
using ToyRec.Server.Http;

namespace ToyRec.Server.Endpoints;

/// <summary>The body of <c>POST /api/category/predict</c>: what a seller types in for a new product.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CategoryRequest(string? Name, decimal? Price = null, decimal? Rating = null) : IRequestBody
{
    public static IReadOnlyList<RequestField> Fields { get; } =
    [
        RequestField.Text("name", $"a string of {Limits.MinNameLength} to {Limits.MaxNameLength} characters",
            Limits.MinNameLength, Limits.MaxNameLength),
        RequestField.Price("price"),
        RequestField.Number("rating", Limits.MinRating, Limits.MaxRating),
    ];
}
