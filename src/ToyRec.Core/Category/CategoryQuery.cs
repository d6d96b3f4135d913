using System.Text;
using ToyRec.Catalog;

namespace ToyRec.Category;

/// <summary>What the category model sees of a product: its name, price and rating, and for the extended variant
/// its manufacturer and other text. Missing price or rating are null and imputed as in training.</summary>
/// <param name="Name">The product name.</param>
/// <param name="Price">The price in pounds, or null when unknown.</param>
/// <param name="Rating">The average review rating out of 5, or null when unknown.</param>
public sealed record CategoryQuery(string Name, double? Price = null, double? Rating = null)
{
    /// <summary>The manufacturer; empty when unknown (used by the extended variant only).</summary>
    public string Manufacturer { get; init; } = "";

    /// <summary>Descriptions, technical details, questions and reviews (used by the extended variant only).</summary>
    public string Text { get; init; } = "";

    /// <summary>
    /// The words of the product's "also bought" and "bought after viewing" link slugs, which are the linked
    /// products' names cut short (used by the extended variant only).
    /// </summary>
    public string LinkedNames { get; init; } = "";

    /// <summary>
    /// The query for a catalogue product. Only the product's own price is used: a price the cleaner imputed from
    /// the median of its category would leak the label into the features.
    /// </summary>
    public static CategoryQuery From(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);
        double? price = product.PriceSource == PriceImputation.None && product.Price is { } p
            ? (double)p.Representative : null;
        return new CategoryQuery(product.Name, price, product.Rating)
        {
            Manufacturer = product.Manufacturer,
            Text = OtherText(product),
            LinkedNames = ProductLink.SlugWords(product),
        };
    }

    // The technical details lose their "Best Sellers Rank" passage, which names the label.
    private static string OtherText(Product product)
    {
        var text = new StringBuilder();
        text.AppendLine(product.Description).AppendLine(product.ProductDescription);
        text.AppendLine(ProductInformationText.WithoutSellersRank(product.ProductInformation));
        foreach (var question in product.Questions)
            text.AppendLine(question.Question).AppendLine(question.Answer);
        foreach (var review in product.Reviews)
            text.AppendLine(review.Title).AppendLine(review.Text);
        return text.ToString();
    }
}
