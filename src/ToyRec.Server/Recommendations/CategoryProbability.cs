namespace ToyRec.Server.Recommendations;

/// <summary>A predicted top-level category with its probability.</summary>
public sealed record CategoryProbability(string Category, double Probability);
