namespace ToyRec.Server.Http;

/// <summary>
/// Endpoint metadata: the query parameters an endpoint takes, for <see cref="StrictQuery"/> to check requests
/// against and for the OpenAPI document to describe.
/// </summary>
public sealed record AcceptedQuery(IReadOnlyList<RequestField> Parameters);
