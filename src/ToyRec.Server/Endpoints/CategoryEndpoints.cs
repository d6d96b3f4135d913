using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using ToyRec.Server.Http;
using ToyRec.Server.Recommendations;
using ToyRec.Text;

namespace ToyRec.Server.Endpoints;

/// <summary>Category prediction for a new product.</summary>
public static class CategoryEndpoints
{
    public const int Top = 5;

    public static IEndpointRouteBuilder MapCategoryPrediction(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/category/predict", Predict).WithQuery().WithTags("Category")
            .Accepts<CategoryRequest>("application/json").ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Predict a new product's top-level category from its name, price and rating.");
        return app;
    }

    public static async Task<Results<Ok<CategoryPrediction>, ProblemHttpResult>> Predict(HttpContext context,
        ICategoryPredictor predictor)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(predictor);
        var (request, bodyProblem) = await JsonBody.ReadAsync<CategoryRequest>(context);
        if (bodyProblem is not null)
            return bodyProblem;
        var errors = new RequestErrors();
        string name = request!.Name?.Trim() ?? "";
        if (request.Name is null)
        {
            errors.Add("name", $"name is required: a string of {Limits.MinNameLength} to {Limits.MaxNameLength} " +
                "characters.");
        }
        else if (name.Length == 0 && request.Name.Length > 0)
        {
            errors.Add("name", "name has only white space; expected a product name.");
        }
        else if (name.EnumerateRunes().Count() is var length and (< Limits.MinNameLength or > Limits.MaxNameLength))
        {
            // Characters are code points, as JSON Schema's maxLength counts them: an emoji is one, not two.
            errors.Add("name", $"name must have {Limits.MinNameLength} to {Limits.MaxNameLength} characters; " +
                $"got {length}.");
        }
        else if (ControlCharacters.DescribeFirst(name) is { } control)
        {
            // Control characters are not text to predict from, and an ESC sequence would change the answer (the CLI
            // refuses them too); a name of only punctuation or emoji is taken, and its answer is the prior.
            errors.Add("name", $"name must be free of control characters; got {control}.");
        }

        errors.Price(request.Price, "price");
        if (request.Rating is { } rating and (< Limits.MinRating or > Limits.MaxRating))
        {
            errors.Add("rating", string.Create(CultureInfo.InvariantCulture,
                $"rating must be from {Limits.MinRating} to {Limits.MaxRating}; got {rating}."));
        }

        if (errors.Problem is { } problem)
            return problem;
        return TypedResults.Ok(predictor.Predict(name, request.Price, (double?)request.Rating, Top));
    }
}
