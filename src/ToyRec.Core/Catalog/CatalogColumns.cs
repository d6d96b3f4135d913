namespace ToyRec.Catalog;

/// <summary>The column names of the Kaggle "Toy Products on Amazon" layout.</summary>
public static class CatalogColumns
{
#pragma warning disable CS1591 // The names are the documentation.
    public const string Id = "uniq_id";
    public const string Name = "product_name";
    public const string Manufacturer = "manufacturer";
    public const string Price = "price";
    public const string Stock = "number_available_in_stock";
    public const string ReviewCount = "number_of_reviews";
    public const string AnsweredQuestions = "number_of_answered_questions";
    public const string Rating = "average_review_rating";
    public const string Category = "amazon_category_and_sub_category";
    public const string AlsoBought = "customers_who_bought_this_item_also_bought";
    public const string Description = "description";
    public const string ProductInformation = "product_information";
    public const string ProductDescription = "product_description";
    public const string BoughtAfterViewing = "items_customers_buy_after_viewing_this_item";
    public const string Questions = "customer_questions_and_answers";
    public const string Reviews = "customer_reviews";
    public const string Sellers = "sellers";
#pragma warning restore CS1591

    /// <summary>Columns without which a record cannot be a product.</summary>
    public static IReadOnlyList<string> Required { get; } = [Id, Name];

    /// <summary>Every column, in the original file's order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Id, Name, Manufacturer, Price, Stock, ReviewCount, AnsweredQuestions, Rating, Category, AlsoBought,
        Description, ProductInformation, ProductDescription, BoughtAfterViewing, Questions, Reviews, Sellers,
    ];
}
