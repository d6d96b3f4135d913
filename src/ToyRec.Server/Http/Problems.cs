using Microsoft.AspNetCore.Http.HttpResults;

namespace ToyRec.Server.Http;

/// <summary>The ProblemDetails answers of the API: which field was wrong and what it allows.</summary>
public static class Problems
{
    public static ProblemHttpResult BadRequest(string field, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: $"Invalid {field}",
            extensions: new Dictionary<string, object?> { ["field"] = field });

    public static ProblemHttpResult UnknownProduct(string field, string id) =>
        TypedResults.Problem($"{field}: no product has id '{id}'.", statusCode: StatusCodes.Status404NotFound,
            title: "Unknown product", extensions: new Dictionary<string, object?> { ["field"] = field, ["id"] = id });
}
