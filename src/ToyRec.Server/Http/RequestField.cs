namespace ToyRec.Server.Http;

/// <summary>A field of a JSON request body: its name on the wire and what it takes, as a message says it.</summary>
/// <param name="Name">The JSON name (camelCase).</param>
/// <param name="Expects">What the value must be, to follow "must be" (e.g. "a whole number from 1 to 100").</param>
public sealed record RequestField(string Name, string Expects);
