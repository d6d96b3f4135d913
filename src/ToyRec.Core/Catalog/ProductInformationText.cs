using System.Text.RegularExpressions;

namespace ToyRec.Catalog;

/// <summary>
/// The technical details of a product (<c>product_information</c>) as model input. Their "Best Sellers Rank"
/// passage names the product's own category path (<c>#69 in Toys &amp; Games &gt; Model Trains &amp; Railway Sets
/// &gt; ...</c>), which is the label of the category model and the relevance of the content evaluation, so those
/// two models read the details with that passage cut out. The co-purchase network reads them whole: the category
/// is not its label, and it has the category path as an input anyway.
/// </summary>
public static partial class ProductInformationText
{
    /// <summary>The details without the "Best Sellers Rank" passage (up to the next field or the end).</summary>
    public static string WithoutSellersRank(string information)
    {
        ArgumentNullException.ThrowIfNull(information);
        return information.Contains("Best Sellers Rank", StringComparison.Ordinal)
            ? SellersRank().Replace(information, " ")
            : information;
    }

    [GeneratedRegex(@"Best Sellers Rank.*?(?=Shipping Weight|Delivery Destinations|Date First Available|$)",
        RegexOptions.Singleline)]
    private static partial Regex SellersRank();
}
