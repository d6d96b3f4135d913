using Microsoft.AspNetCore.Http.HttpResults;
using ToyRec.Personal;
using ToyRec.Server.Catalog;
using ToyRec.Server.Http;
using ToyRec.Server.Recommendations;

namespace ToyRec.Server.Endpoints;

/// <summary>Recommendations for a history the client sends.</summary>
public static class RecommendationEndpoints
{
    public static IEndpointRouteBuilder MapRecommendations(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/recommendations", Recommend).WithQuery().WithTags("Recommendations")
            .Accepts<RecommendationRequest>("application/json").ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Recommendations for a history of product ids, with filters and diversity.");
        return app;
    }

    public static async Task<Results<Ok<RecommendationList>, ProblemHttpResult>> Recommend(HttpContext context,
        ProductStore store, IRecommendationService recommender)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(recommender);
        var (request, bodyProblem) = await JsonBody.ReadAsync<RecommendationRequest>(context);
        if (bodyProblem is not null)
            return bodyProblem;
        var errors = new RequestErrors();
        var history = request!.History ?? [];
        var exclude = request.Exclude ?? [];
        if (history.Count > Limits.MaxHistory)
            errors.Add("history", $"history must have at most {Limits.MaxHistory} product ids; got {history.Count}.");
        if (exclude.Count > Limits.MaxHistory)
            errors.Add("exclude", $"exclude must have at most {Limits.MaxHistory} product ids; got {exclude.Count}.");
        foreach (var (field, ids) in new[] { ("history", history), ("exclude", exclude) })
        {
            int blank = ids.ToList().FindIndex(string.IsNullOrWhiteSpace);
            if (blank >= 0)
                errors.Add($"{field}[{blank}]", $"{field}[{blank}] is null or empty; expected a product id.");
        }

        int k = errors.Range(request.K ?? Limits.DefaultK, "k", Limits.MinK, Limits.MaxK);
        var filter = new ProductFilter
        {
            MinPrice = errors.Price(request.MinPrice, "minPrice"),
            MaxPrice = errors.Price(request.MaxPrice, "maxPrice"),
            InStock = request.InStock ?? false,
            Categories = errors.Categories(request.Categories ?? [], store.CategoryLevels, store.Categories,
                "categories"),
        };
        errors.PriceOrder(filter.MinPrice, filter.MaxPrice);
        double diversity = errors.Diversity(request.Diversity, "diversity");
        double decay = RecencyDecay(errors, request);
        if (errors.Problem is { } problem)
            return problem;
        if (Resolve(store, history, "history", out var historyIndices) is { } unknownHistory)
            return unknownHistory;
        if (Resolve(store, exclude, "exclude", out var excludeIndices) is { } unknownExclude)
            return unknownExclude;

        filter = filter with { Exclude = excludeIndices.ToHashSet() };
        var weights = historyIndices.Select((_, i) => (double)HistoryWeights.At(i, historyIndices.Count, decay))
            .ToList();
        var query = new HistoryQuery(historyIndices, weights, k, i => filter.Accepts(store.Catalog, i), diversity);
        return TypedResults.Ok(Listing.Of(store, null, recommender.Name, recommender.ForHistory(query)));
    }

    // 1 (order ignored) unless the history is ordered: then recencyDecay, else the default, which must be in (0, 1].
    private static double RecencyDecay(RequestErrors errors, RecommendationRequest request)
    {
        if (request.RecencyDecay is not { } decay)
            return request.Ordered == true ? HistoryWeights.DefaultDecay : 1;
        if (request.Ordered == false)
            errors.Add("recencyDecay", "recencyDecay applies only to an ordered history; got ordered: false.");
        if (decay is <= Limits.RecencyDecayAbove or > Limits.MaxRecencyDecay)
        {
            errors.Add("recencyDecay", string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"recencyDecay must be more than {Limits.RecencyDecayAbove} and at most {Limits.MaxRecencyDecay}; " +
                $"got {decay}."));
        }

        return (double)decay;
    }

    /// <summary>Maps ids to positions; the first unknown id gives a 404 naming its place in the list.</summary>
    public static ProblemHttpResult? Resolve(ProductStore store, IReadOnlyList<string> ids, string field,
        out List<int> indices)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(ids);
        indices = new List<int>(ids.Count);
        for (int i = 0; i < ids.Count; i++)
        {
            if (ids[i] is null || !store.TryGet(ids[i], out int index))
                return Problems.UnknownProduct(store.Catalog, $"{field}[{i}]", ids[i] ?? "null");
            indices.Add(index);
        }

        return null;
    }
}
