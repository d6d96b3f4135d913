using Microsoft.AspNetCore.Http.HttpResults;
using ToyRec.Server.Evaluation;
using ToyRec.Server.Http;

namespace ToyRec.Server.Endpoints;

/// <summary>The latest evaluation results and the service's health.</summary>
public static class EvaluationEndpoints
{
    public static IEndpointRouteBuilder MapEvaluation(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/evaluation", (EvaluationFiles files) => TypedResults.Ok(files.Read()))
            .WithQuery().WithTags("Evaluation")
            .WithSummary("Every evaluation-*.json that 'toyrec run' wrote, in the --json contract.");
        return app;
    }
}
