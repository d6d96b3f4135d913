namespace ToyRec.Catalog;

/// <summary>
/// One toy from the catalogue, every column parsed into a typed value. Missing values are null or empty;
/// nothing here is a raw string from the file except the free text fields.
/// </summary>
public sealed record Product
{
    /// <summary>The catalogue's unique id (<c>uniq_id</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The product's name.</summary>
    public required string Name { get; init; }

    /// <summary>The brand or manufacturer; empty when unknown.</summary>
    public string Manufacturer { get; init; } = "";

    /// <summary>The price, or null when the file had none and cleaning has not imputed one.</summary>
    public PriceRange? Price { get; init; }

    /// <summary>Whether <see cref="Price"/> is the product's own or an imputed median.</summary>
    public PriceImputation PriceSource { get; init; } = PriceImputation.None;

    /// <summary>The price the file stated, or null when it had none (an imputed median is not stated).</summary>
    public PriceRange? StatedPrice => PriceSource == PriceImputation.None ? Price : null;

    /// <summary>Units in stock, or null when not stated.</summary>
    public StockLevel? Stock { get; init; }

    /// <summary>Number of customer reviews.</summary>
    public int? ReviewCount { get; init; }

    /// <summary>Number of answered customer questions.</summary>
    public int? AnsweredQuestionCount { get; init; }

    /// <summary>Average review rating out of 5.</summary>
    public double? Rating { get; init; }

    /// <summary>The Amazon category path; <see cref="CategoryPath.Empty"/> when there is none.</summary>
    public CategoryPath Category { get; init; } = CategoryPath.Empty;

    /// <summary>"Customers who bought this item also bought" links.</summary>
    public IReadOnlyList<ProductLink> AlsoBought { get; init; } = [];

    /// <summary>"Items customers buy after viewing this item" links.</summary>
    public IReadOnlyList<ProductLink> BoughtAfterViewing { get; init; } = [];

    /// <summary>The <c>description</c> column.</summary>
    public string Description { get; init; } = "";

    /// <summary>The <c>product_information</c> column (technical details).</summary>
    public string ProductInformation { get; init; } = "";

    /// <summary>The <c>product_description</c> column.</summary>
    public string ProductDescription { get; init; } = "";

    /// <summary>Customer questions with answers.</summary>
    public IReadOnlyList<QuestionAnswer> Questions { get; init; } = [];

    /// <summary>Customer reviews.</summary>
    public IReadOnlyList<Review> Reviews { get; init; } = [];

    /// <summary>Third-party sellers and their prices.</summary>
    public IReadOnlyList<Seller> Sellers { get; init; } = [];

    /// <summary>The product's own ASIN, from <c>product_information</c>, when stated there.</summary>
    public string? Asin { get; init; }

    /// <summary>The manufacturer's recommended minimum age in months, when stated.</summary>
    public int? MinimumAgeMonths { get; init; }

    /// <summary>The physical line of the source file the record starts on (the header is line 1).</summary>
    public int SourceLine { get; init; }
}
