namespace ToyRec.Server.Http;

/// <summary>Endpoint metadata: what a route parameter takes, for the OpenAPI document to state.</summary>
public sealed record PathRule(RequestField Parameter);
