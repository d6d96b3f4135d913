namespace ToyRec.Server.Endpoints;

/// <summary>The body of <c>POST /api/category/predict</c>: what a seller types in for a new product.</summary>
public sealed record CategoryRequest(string? Name, decimal? Price, double? Rating);
