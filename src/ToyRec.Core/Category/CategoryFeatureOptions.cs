namespace ToyRec.Category;

/// <summary>Options for <see cref="CategoryFeatures"/>.</summary>
/// <param name="Extended">
/// Add the manufacturer and the product's other text to the study's features (name, price, rating).
/// </param>
/// <param name="WordWeight">Scale of the name's word 1-2 gram block (each block is L2-normalised first).</param>
/// <param name="CharacterWeight">Scale of the name's character 2-5 gram block.</param>
/// <param name="ManufacturerWeight">Scale of the manufacturer block (extended only).</param>
/// <param name="TextWeight">Scale of the other-text block (extended only).</param>
/// <param name="PriceBins">Also one-hot the price into this many training quantile bins (0 for none).</param>
/// <param name="WordMinDocumentFrequency">Name word n-grams in fewer training names are dropped.</param>
/// <param name="CharacterMinDocumentFrequency">Character n-grams in fewer training names are dropped.</param>
/// <param name="TextMinDocumentFrequency">Other-text words in fewer training products are dropped.</param>
/// <param name="LinkedNameWeight">Scale of the block of linked products' slug words (extended only; 0 leaves it
/// out).</param>
public sealed record CategoryFeatureOptions(
    bool Extended = false,
    float WordWeight = 1,
    float CharacterWeight = 1,
    float ManufacturerWeight = 1,
    float TextWeight = 0.5f,
    int PriceBins = 0,
    int WordMinDocumentFrequency = 1,
    int CharacterMinDocumentFrequency = 2,
    int TextMinDocumentFrequency = 2,
    float LinkedNameWeight = 1);
