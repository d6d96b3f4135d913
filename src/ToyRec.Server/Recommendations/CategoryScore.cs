namespace ToyRec.Server.Recommendations;

/// <summary>A predicted top-level category with its probability.</summary>
public sealed record CategoryScore(string Category, double Probability);
