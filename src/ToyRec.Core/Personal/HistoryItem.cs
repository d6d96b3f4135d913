namespace ToyRec.Personal;

/// <summary>A catalogue product in a shopper's history, with how much it counts.</summary>
/// <param name="Index">The product's position in the catalogue.</param>
/// <param name="Weight">Its weight (1 for a plain view or purchase).</param>
public readonly record struct HistoryItem(int Index, float Weight = 1);
