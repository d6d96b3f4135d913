using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using ToyRec.Server.Catalog;
using ToyRec.Server.Http;
using ToyRec.Server.Recommendations;
using ToyRec.Server.Sessions;

namespace ToyRec.Server.Endpoints;

/// <summary>Shopper events stored per session, and recommendations from them.</summary>
public static partial class SessionEndpoints
{
    public static IEndpointRouteBuilder MapSessions(this IEndpointRouteBuilder app)
    {
        var sessions = app.MapGroup("/api/sessions/{sessionId}").WithTags("Sessions")
            .WithMetadata(new PathRule(SessionId));
        sessions.MapPost("/events", Record).WithQuery().Accepts<EventRequest>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Record a view, add_to_basket, remove_from_basket (of a product in the basket) or " +
                "purchase event.");
        sessions.MapGet("/events", Events).WithQuery().WithSummary("The session's stored events, oldest first.");
        sessions.MapGet("/recommendations", Recommend).WithQuery(ProductEndpoints.KQuery)
            .WithSummary("The basket and recommendations from the session's stored events.");
        return app;
    }

    /// <summary>What a session id may be: the client makes it up, so it is kept short and plain.</summary>
    public static RequestField SessionId { get; } = RequestField.Text("sessionId",
        $"{Limits.MinSessionIdLength} to {Limits.MaxSessionIdLength} letters, digits, '-' or '_'",
        Limits.MinSessionIdLength, Limits.MaxSessionIdLength) with
    {
        Pattern = SessionIdCharacters,
    };

    // The length is checked apart from the pattern, so that the pattern need not repeat the limits' numbers.
    private const string SessionIdCharacters = "^[A-Za-z0-9_-]+$";

    public static async Task<Results<Created<StoredEvent>, ProblemHttpResult>> Record(HttpContext context,
        ProductStore store, EventStore events, string sessionId)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(events);
        if (CheckSession(sessionId) is { } badSession)
            return badSession;
        var (request, bodyProblem) = await JsonBody.ReadAsync<EventRequest>(context);
        if (bodyProblem is not null)
            return bodyProblem;
        if (string.IsNullOrEmpty(request!.Type))
            return Problems.BadRequest("type", $"type is required: one of {string.Join(", ", EventType.All)}.");
        if (!EventType.IsKnown(request.Type))
        {
            return Problems.BadRequest("type", $"type must be one of {string.Join(", ", EventType.All)}; " +
                $"got '{ShownText.Of(request.Type)}'.");
        }

        if (string.IsNullOrEmpty(request.ProductId))
            return Problems.BadRequest("productId", "productId is required: the id of a catalogue product.");
        if (!store.TryGet(request.ProductId, out _))
            return Problems.UnknownProduct(store.Catalog, "productId", request.ProductId);
        var stored = request.Type == EventType.RemoveFromBasket
            ? events.AppendIf(sessionId, request.ProductId, request.Type, Limits.SessionEventsRead,
                session => SessionProfile.From(session).Basket.Contains(request.ProductId))
            : events.Append(sessionId, request.ProductId, request.Type);

        // 409, not 400: the request is well formed and names a known product, but the session's state (which other
        // requests change, and which the session recommendations show) does not allow it, the conflict RFC 9110
        // §15.5.10 describes. The session endpoints keep 400 for malformed input and 404 for an unknown product.
        if (stored is null)
            return Problems.NotInBasket(sessionId, request.ProductId);
        return TypedResults.Created($"/api/sessions/{sessionId}/events", stored);
    }

    public static Results<Ok<IReadOnlyList<StoredEvent>>, ProblemHttpResult> Events(EventStore events,
        string sessionId)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (CheckSession(sessionId) is { } badSession)
            return badSession;
        return TypedResults.Ok(events.Read(sessionId, Limits.SessionEventsRead));
    }

    public static Results<Ok<SessionRecommendations>, ProblemHttpResult> Recommend(ProductStore store,
        EventStore events, IRecommendationService recommender, string sessionId, string? k)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(recommender);
        var errors = new RequestErrors();
        int count = errors.Int(k, "k", Limits.MinK, Limits.MaxK, Limits.DefaultK);
        if ((CheckSession(sessionId) ?? errors.Problem) is { } problem)
            return problem;
        var stored = events.ReadProfile(sessionId, Limits.SessionEventsRead);
        var profile = SessionProfile.From(stored);

        // Events name products by id; one that left the catalogue since is skipped rather than failing the session.
        var history = profile.History.TakeLast(Limits.MaxHistory)
            .Select(h => (Found: store.TryGet(h.ProductId, out int index), Index: index, h.Weight))
            .Where(h => h.Found).ToList();
        var owned = Indices(store, profile.Basket.Concat(profile.Purchased)).ToHashSet();
        var query = new HistoryQuery(history.Select(h => h.Index).ToList(), history.Select(h => h.Weight).ToList(),
            count, i => !owned.Contains(i));
        var items = Listing.Of(store, null, recommender.Name, recommender.ForHistory(query)).Items;
        return TypedResults.Ok(new SessionRecommendations(sessionId, stored.Count, Summaries(store, profile.Basket),
            Summaries(store, profile.Purchased), recommender.Name, items));
    }

    private static ProblemHttpResult? CheckSession(string sessionId) =>
        sessionId.Length is >= Limits.MinSessionIdLength and <= Limits.MaxSessionIdLength &&
        SessionIdPattern().IsMatch(sessionId)
            ? null
            : Problems.BadRequest("sessionId", $"sessionId must be {SessionId.Expects}; got '{Truncate(sessionId)}'.");

    private static string Truncate(string text) => text.Length <= 80 ? text : text[..80] + "…";

    private static IEnumerable<int> Indices(ProductStore store, IEnumerable<string> ids)
    {
        foreach (string id in ids)
        {
            if (store.TryGet(id, out int index))
                yield return index;
        }
    }

    private static List<ProductSummary> Summaries(ProductStore store, IEnumerable<string> ids) =>
        Indices(store, ids).Select(i => ProductSummary.Of(store.Catalog[i])).ToList();

    // The OpenAPI document's pattern with its anchors at the very ends: "$" alone also matches before a final
    // newline, which let "s1\n" through to a Location header that cannot hold it.
    [GeneratedRegex(@"\A[A-Za-z0-9_-]+\z")]
    private static partial Regex SessionIdPattern();
}
