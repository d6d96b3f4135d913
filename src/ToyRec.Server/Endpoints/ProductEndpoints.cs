using Microsoft.AspNetCore.Http.HttpResults;
using ToyRec.Server.Catalog;
using ToyRec.Server.Http;
using ToyRec.Server.Recommendations;
using ToyRec.Text;

namespace ToyRec.Server.Endpoints;

/// <summary>Search, product details, similar products and "customers also bought".</summary>
public static class ProductEndpoints
{
    /// <summary>
    /// The model named in a similar-products answer: every recommender answers it from the content index alone, so
    /// the recommender's own name (which says what history recommendations blend) would misname it.
    /// </summary>
    public const string SimilarModel = "content";

    public static IEndpointRouteBuilder MapProducts(this IEndpointRouteBuilder app)
    {
        var products = app.MapGroup("/api/products").WithTags("Products");
        products.MapGet("/", Search).WithQuery(SearchQuery)
            .WithSummary("Search products by text with filters, one page at a time.");
        products.MapGet("/{id}", Details).WithQuery().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A product's details.");
        products.MapGet("/{id}/similar", Similar).WithQuery(KQuery).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Products similar in content, with reasons.");
        products.MapGet("/{id}/also-bought", AlsoBought).WithQuery(KQuery)
            .ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Products bought together, with reasons.");
        app.MapGet("/api/categories", (ProductStore store) => TypedResults.Ok(store.Categories)).WithQuery()
            .WithTags("Products").WithSummary("The top-level categories, for filters.");
        return app;
    }

    /// <summary>
    /// The query parameters of the search, in the order the handler binds them. The web page sends q, page and
    /// pageSize every time, and category (once), minPrice, maxPrice and inStock when they are set.
    /// </summary>
    public static IReadOnlyList<RequestField> SearchQuery { get; } =
    [
        RequestField.Text("q", $"a search text of at most {Limits.MaxQueryLength} characters",
            maxLength: Limits.MaxQueryLength),
        RequestField.Strings("category", "a category at any level of the path (the top-level ones: " +
            "/api/categories); give the parameter once for each category allowed"),
        RequestField.Price("minPrice"),
        RequestField.Price("maxPrice"),
        RequestField.TrueOrFalse("inStock"),
        RequestField.WholeNumber("page", Limits.MinPage, Limits.MaxPage, Limits.MinPage),
        RequestField.WholeNumber("pageSize", Limits.MinPageSize, Limits.MaxPageSize, Limits.DefaultPageSize),
    ];

    /// <summary>The one query parameter of the neighbour lists (and of session recommendations).</summary>
    public static IReadOnlyList<RequestField> KQuery { get; } =
        [RequestField.WholeNumber("k", Limits.MinK, Limits.MaxK, Limits.DefaultK)];

    public static Results<Ok<ProductPage>, ProblemHttpResult> Search(ProductStore store, string? q,
        string[]? category, string? minPrice, string? maxPrice, string? inStock, string? page, string? pageSize)
    {
        ArgumentNullException.ThrowIfNull(store);
        var errors = new RequestErrors();
        string query = q?.Trim() ?? "";
        if (query.Length > Limits.MaxQueryLength)
            errors.Add("q", $"q must be at most {Limits.MaxQueryLength} characters; got {query.Length}.");
        else if (ControlCharacters.DescribeFirst(query) is { } control)
            errors.Add("q", $"q must be free of control characters; got {control}.");
        var filter = new ProductFilter
        {
            MinPrice = errors.Price(minPrice, "minPrice"),
            MaxPrice = errors.Price(maxPrice, "maxPrice"),
            InStock = errors.Bool(inStock, "inStock"),
            Categories = errors.Categories(category ?? [], store.CategoryLevels, store.Categories, "category"),
        };
        errors.PriceOrder(filter.MinPrice, filter.MaxPrice);
        int pageNumber = errors.Int(page, "page", Limits.MinPage, Limits.MaxPage, Limits.MinPage);
        int size = errors.Int(pageSize, "pageSize", Limits.MinPageSize, Limits.MaxPageSize, Limits.DefaultPageSize);
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
        Neighbours(store, id, k, SimilarModel, (index, count) => recommender.Similar(index, count, Accept.All));

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
