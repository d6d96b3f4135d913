namespace ToyRec.Category;

/// <summary>A category with the probability the model gives it.</summary>
public sealed record CategoryScore(string Name, double Probability);

