namespace ToyRec.Catalog;

/// <summary>
/// A link to another Amazon product, as found in the "also bought" and "bought after viewing" columns:
/// the URL's slug (the linked product's name cut to a few words) and its ASIN when the URL kept one.
/// </summary>
/// <param name="Slug">The percent-decoded path segment after the host, e.g. <c>Hornby-R8150-Catalogue-2015</c>.</param>
/// <param name="Asin">The ten-character Amazon id from a <c>/dp/ASIN</c> tail, or null when absent.</param>
public sealed record ProductLink(string Slug, string? Asin)
{
    /// <summary>
    /// The words of a product's link slugs, dashes read as spaces: the linked products' names cut short, as text
    /// for the models that may read them.
    /// </summary>
    public static string SlugWords(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return string.Join(" ", product.AlsoBought.Concat(product.BoughtAfterViewing)
            .Select(l => l.Slug.Replace('-', ' ')));
    }
}
