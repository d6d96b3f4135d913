using Microsoft.AspNetCore.Http.HttpResults;
using ToyRec.Catalog;

namespace ToyRec.Server.Http;

/// <summary>The ProblemDetails answers of the API: which field was wrong and what it allows.</summary>
public static class Problems
{
    /// <summary>
    /// A 415 for a body sent without <c>Content-Type: application/json</c> (with no charset or UTF-8): the routes
    /// refuse another type themselves, and the body reader refuses a missing one or another charset.
    /// </summary>
    public static ProblemHttpResult NotJson(HttpRequest request) => TypedResults.Problem(NotJsonDetail(request),
        statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported Media Type");

    /// <summary>What a 415 says: the route, what to send, and what came.</summary>
    public static string NotJsonDetail(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string got = request.ContentType is { } type ? $"'{ShownText.Of(type)}'" : "none";
        return $"{request.Method} {ShownText.Of(request.Path.Value ?? "")} takes a JSON body; send it with " +
            $"'Content-Type: application/json' (got {got}).";
    }

    public static ProblemHttpResult BadRequest(string field, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: $"Invalid {field}",
            extensions: new Dictionary<string, object?> { ["field"] = field });

    /// <summary>
    /// A 409 for a <c>remove_from_basket</c> of a product that is not in the session's basket (never added, or
    /// already removed or bought), naming the product and the session, also under <c>id</c> and <c>sessionId</c>.
    /// </summary>
    public static ProblemHttpResult NotInBasket(string sessionId, string productId) => TypedResults.Problem(
        $"productId: '{productId}' is not in the basket of session '{sessionId}'; remove_from_basket takes a " +
        "product the session added and has not removed or bought since.", statusCode: StatusCodes.Status409Conflict,
        title: "Not in the basket", extensions: new Dictionary<string, object?>
        {
            ["field"] = "productId",
            ["id"] = productId,
            ["sessionId"] = sessionId,
        });

    /// <summary>
    /// A 404 for an id the catalogue lacks; one that is in the file but was dropped while cleaning says so and why,
    /// as the CLI does, with the reason also under <c>dropped</c>.
    /// </summary>
    public static ProblemHttpResult UnknownProduct(ProductCatalog catalog, string field, string id)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var extensions = new Dictionary<string, object?> { ["field"] = field, ["id"] = id };
        string detail = $"{field}: no product has id '{ShownText.Of(id)}'.";
        if (catalog.DroppedIds.TryGetValue(id, out string? reason))
        {
            detail = $"{field}: {catalog.NotFoundMessage(id)}.";
            extensions["dropped"] = reason;
        }

        return TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Unknown product",
            extensions: extensions);
    }
}
