namespace ToyRec.Server.Recommendations;

/// <summary>One recommended product: its catalogue position, its score (higher is better) and why.</summary>
public readonly record struct Recommendation(int Index, double Score, string Reason);
