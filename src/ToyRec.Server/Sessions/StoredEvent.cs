namespace ToyRec.Server.Sessions;

/// <summary>An event as stored: its sequence number, session, product, type and when it arrived (UTC).</summary>
public sealed record StoredEvent(long Id, string SessionId, string ProductId, string Type, DateTimeOffset At);
