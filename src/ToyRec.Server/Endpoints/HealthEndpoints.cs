using ToyRec.Server.Catalog;
using ToyRec.Server.Http;
using ToyRec.Server.Recommendations;
using ToyRec.Server.Sessions;

namespace ToyRec.Server.Endpoints;

/// <summary><c>GET /health</c> (or HEAD): whether the service is up, and what it serves from.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        // HEAD too: monitors often probe with it, and the answer is the same without the body.
        app.MapMethods("/health", [HttpMethods.Get, HttpMethods.Head], (ProductStore store,
                IRecommendationService recommender, EventStore events) =>
                TypedResults.Ok(new Health("ok", store.Catalog.Count, recommender.Name, events.SchemaVersion,
                    events.Count())))
            .WithQuery().WithTags("Health")
            .WithSummary("Liveness, product count, model, event schema version and events stored.");
        return app;
    }
}
