namespace ToyRec.Neural;

/// <summary>How <see cref="ProductEncoder"/> turns products into network inputs.</summary>
/// <param name="MinDocumentFrequency">Fewest training products a word must occur in to enter the vocabulary.</param>
/// <param name="MinValueCount">Fewest training products a category path, top level or manufacturer needs for a row
/// of its own; rarer values share the unknown row.</param>
/// <param name="NameWeight">Weight of a word in the product name relative to one in the description fields.</param>
public sealed record EncoderOptions(int MinDocumentFrequency = 2, int MinValueCount = 2, float NameWeight = 2f);
