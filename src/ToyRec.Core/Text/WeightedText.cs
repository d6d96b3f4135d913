namespace ToyRec.Text;

/// <summary>One field of a document with the weight its terms get.</summary>
/// <param name="Text">The field's text.</param>
/// <param name="Weight">Multiplies the field's term frequencies; 0 leaves the field out.</param>
public readonly record struct WeightedText(string Text, float Weight);
