namespace ToyRec.Server.Endpoints;

/// <summary>The body of <c>POST /api/sessions/{sessionId}/events</c>.</summary>
public sealed record EventRequest(string? ProductId, string? Type);
