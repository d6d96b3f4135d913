namespace ToyRec.Personal;

/// <summary>One recommended item: its index and score.</summary>
/// <param name="Item">The item's index.</param>
/// <param name="Score">The model's score (higher is better).</param>
public readonly record struct RankedItem(int Item, float Score);
