namespace ToyRec.Content;

/// <summary>How many queries a figure averages over, and how many were left out for having nothing relevant.</summary>
/// <param name="Queries">Queries averaged.</param>
/// <param name="LeftOut">Queries with no relevant product under that relevance definition.</param>
public sealed record QueryCount(int Queries, int LeftOut);
