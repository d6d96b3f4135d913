using ToyRec.Text;

namespace ToyRec.Content;

/// <summary>
/// How product text is weighted for the content model. The category path is off by default: it is what the
/// category-based evaluation grades, so it must not also be an input there.
/// </summary>
/// <param name="NameWeight">Weight of the product name.</param>
/// <param name="ManufacturerWeight">Weight of the manufacturer.</param>
/// <param name="DescriptionWeight">Weight of the description and product description.</param>
/// <param name="InformationWeight">Weight of the technical product information.</param>
/// <param name="ReviewWeight">Weight of the customer reviews' titles and text.</param>
/// <param name="CategoryWeight">Weight of the category path's levels.</param>
public sealed record ContentOptions(
    float NameWeight = 1,
    float ManufacturerWeight = 0.5f,
    float DescriptionWeight = 0.3f,
    float InformationWeight = 0.1f,
    float ReviewWeight = 0,
    float CategoryWeight = 0)
{
    /// <summary>TF-IDF settings.</summary>
    public TfIdfOptions TfIdf { get; init; } = new();
}
