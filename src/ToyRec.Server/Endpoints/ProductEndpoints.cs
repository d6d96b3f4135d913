using Microsoft.AspNetCore.Http.HttpResults;
using ToyRec.Server.Catalog;
using ToyRec.Server.Http;
using ToyRec.Server.Recommendations;

namespace ToyRec.Server.Endpoints;

/// <summary>Search, product details, similar products and "customers also bought".</summary>
public static class ProductEndpoints
{
    public static IEndpointRouteBuilder MapProducts(this IEndpointRouteBuilder app)
    {
        var products = app.MapGroup("/api/products").WithTags("Products");
        products.MapGet("/", Search).WithSummary("Search products by text with filters, one page at a time.");
        products.MapGet("/{id}", Details).WithSummary("A product's details.");
        products.MapGet("/{id}/similar", Similar).WithSummary("Products similar in content, with reasons.");
        products.MapGet("/{id}/also-bought", AlsoBought).WithSummary("Products bought together, with reasons.");
        app.MapGet("/api/categories", (ProductStore store) => TypedResults.Ok(store.Categories))
            .WithTags("Products").WithSummary("The top-level categories, for filters.");
        return app;
    }

    public static Results<Ok<ProductPage>, ProblemHttpResult> Search(HttpRequest request, ProductStore store,
        string? q, string[]? category, string? minPrice, string? maxPrice, string? inStock, string? page,
        string? pageSize)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new RequestErrors();
        errors.PercentEncodedUtf8(request.QueryString, "q");
        string query = q?.Trim() ?? "";
        if (query.Length > Limits.MaxQueryLength)
            errors.Add("q", $"q must be at most {Limits.MaxQueryLength} characters; got {query.Length}.");
        var filter = new ProductFilter
        {
            MinPrice = errors.Price(minPrice, "minPrice"),
            MaxPrice = errors.Price(maxPrice, "maxPrice"),
            InStock = errors.Bool(inStock, "inStock"),
            Categories = errors.Categories(category ?? [], store.Categories, "category"),
        };
        errors.PriceOrder(filter.MinPrice, filter.MaxPrice);
        int pageNumber = errors.Int(page, "page", 1, Limits.MaxPage, 1);
        int size = errors.Int(pageSize, "pageSize", 1, Limits.MaxPageSize, Limits.DefaultPageSize);
        if (errors.Problem is { } problem)
            return problem;
        return TypedResults.Ok(store.Search(query, filter, pageNumber, size));
    }

    public static Results<Ok<ProductDetails>, ProblemHttpResult> Details(ProductStore store, string id) =>
        store.TryGet(id, out int index)
            ? TypedResults.Ok(ProductDetails.Of(store.Catalog, index))
            : Problems.UnknownProduct(store.Catalog, "id", id);

    public static Results<Ok<RecommendationList>, ProblemHttpResult> Similar(ProductStore store,
        IRecommendationService recommender, string id, string? k) =>
        Neighbours(store, id, k, recommender.Name,
            (index, count) => recommender.Similar(index, count, Accept.All));

    public static Results<Ok<RecommendationList>, ProblemHttpResult> AlsoBought(ProductStore store,
        IRecommendationService recommender, string id, string? k) =>
        Neighbours(store, id, k, recommender.Name,
            (index, count) => recommender.AlsoBought(index, count, Accept.All));

    private static Results<Ok<RecommendationList>, ProblemHttpResult> Neighbours(ProductStore store, string id,
        string? k, string model, Func<int, int, IReadOnlyList<Recommendation>> find)
    {
        var errors = new RequestErrors();
        int count = errors.Int(k, "k", Limits.MinK, Limits.MaxK, Limits.DefaultK);
        if (errors.Problem is { } problem)
            return problem;
        if (!store.TryGet(id, out int index))
            return Problems.UnknownProduct(store.Catalog, "id", id);
        return TypedResults.Ok(Listing.Of(store, index, model, find(index, count)));
    }
}
