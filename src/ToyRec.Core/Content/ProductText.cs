using ToyRec.Catalog;
using ToyRec.Text;

namespace ToyRec.Content;

/// <summary>Turns a product into weighted text fields for TF-IDF.</summary>
public static class ProductText
{
    /// <summary>The product's fields with the weights the options give (zero-weight fields are left out).</summary>
    public static IReadOnlyList<WeightedText> Fields(Product product, ContentOptions options)
    {
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(options);
        var fields = new List<WeightedText>(6);
        Add(product.Name, options.NameWeight);
        Add(product.Manufacturer, options.ManufacturerWeight);
        if (options.NameCharNgramWeight > 0)
            fields.Add(new WeightedText(product.Name, options.NameCharNgramWeight, TextAnalyzer.CharNgrams));
        Add(product.Description + " " + product.ProductDescription, options.DescriptionWeight);
        Add(ProductInformationText.WithoutSellersRank(product.ProductInformation), options.InformationWeight);
        if (options.ReviewWeight > 0)
            Add(string.Join(" ", product.Reviews.Select(r => r.Title + " " + r.Text)), options.ReviewWeight);
        if (options.SellerWeight > 0)
            Add(string.Join(" ", product.Sellers.Select(s => s.Name)), options.SellerWeight);
        if (options.LinkedNameWeight > 0)
            Add(ProductLink.SlugWords(product), options.LinkedNameWeight);

        if (options.CategoryWeight > 0)
            Add(string.Join(" ", product.Category.Levels), options.CategoryWeight);
        return fields;

        void Add(string text, float weight)
        {
            if (weight > 0 && !string.IsNullOrWhiteSpace(text))
                fields.Add(new WeightedText(text, weight));
        }
    }
}
