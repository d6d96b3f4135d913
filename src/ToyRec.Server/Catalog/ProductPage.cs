namespace ToyRec.Server.Catalog;

/// <summary>One page of search results.</summary>
public sealed record ProductPage(string Query, int Total, int Page, int PageSize, IReadOnlyList<ProductSummary> Items);
