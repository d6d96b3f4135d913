using ToyRec.Text;

namespace ToyRec.Content;

/// <summary>
/// How product text is weighted for the content model. The defaults are the weights the content evaluation
/// chose on its validation half of the shared catalogue. The category path is off by default: it is what the
/// category-based evaluation grades, so it must not also be an input there.
/// </summary>
/// <param name="NameWeight">Weight of the product name.</param>
/// <param name="ManufacturerWeight">Weight of the manufacturer.</param>
/// <param name="DescriptionWeight">Weight of the description and product description.</param>
/// <param name="InformationWeight">Weight of the technical product information.</param>
/// <param name="ReviewWeight">Weight of the customer reviews' titles and text.</param>
/// <param name="CategoryWeight">Weight of the category path's levels.</param>
/// <param name="SellerWeight">Weight of the third-party sellers' names (shops tend to specialise).</param>
/// <param name="NameCharNgramWeight">Weight of the name's character 3- to 5-grams (catches plurals, compounds).</param>
/// <param name="LinkedNameWeight">
/// Weight of the words of the product's own "also bought" and "bought after viewing" link slugs (the linked
/// products' names, cut short). They are part of the product's row, so the model still works without behaviour
/// data, but they are the co-purchase relevance's answer: the evaluation never grades a setting that reads them
/// against co-purchase links.
/// </param>
public sealed record ContentOptions(
    float NameWeight = 1,
    float ManufacturerWeight = 1,
    float DescriptionWeight = 0.3f,
    float InformationWeight = 0,
    float ReviewWeight = 0,
    float CategoryWeight = 0,
    float SellerWeight = 0.3f,
    float NameCharNgramWeight = 0.3f,
    float LinkedNameWeight = 0)
{
    /// <summary>
    /// The setting for similar products and search: the defaults plus the weight of the product's own link
    /// slugs that the content evaluation chose on its validation half for the category relevances. Models whose
    /// evaluation grades co-purchase links (the personal and neural ones) build on the text-only defaults.
    /// </summary>
    public static ContentOptions SimilarProducts { get; } = new() { LinkedNameWeight = 0.3f };

    /// <summary>TF-IDF settings (word bigrams on).</summary>
    public TfIdfOptions TfIdf { get; init; } = new(WordBigrams: true);
}
