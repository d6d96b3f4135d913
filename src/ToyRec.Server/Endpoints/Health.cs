namespace ToyRec.Server.Endpoints;

/// <summary>The answer of <c>GET /health</c>.</summary>
public sealed record Health(string Status, int Products, string Model, int EventSchemaVersion, long Events);
