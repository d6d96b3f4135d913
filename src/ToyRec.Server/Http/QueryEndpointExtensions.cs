namespace ToyRec.Server.Http;

/// <summary>Declares an endpoint's query parameters: one list, checked on every request and documented.</summary>
public static class QueryEndpointExtensions
{
    /// <summary>
    /// Refuses a request whose query string has a parameter not in <paramref name="parameters"/>, gives one twice or
    /// is not percent-encoded UTF-8, with a 400 naming it, before the handler runs. Every API endpoint calls this,
    /// with no parameters where it takes none, so every one documents a 400 ProblemDetails answer.
    /// </summary>
    public static RouteHandlerBuilder WithQuery(this RouteHandlerBuilder builder,
        params IReadOnlyList<RequestField> parameters)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.WithMetadata(new AcceptedQuery(parameters)).ProducesProblem(StatusCodes.Status400BadRequest)
            .AddEndpointFilter(async (context, next) =>
            StrictQuery.Check(context.HttpContext.Request.QueryString, parameters) is { } problem
                ? problem
                : await next(context));
    }
}
