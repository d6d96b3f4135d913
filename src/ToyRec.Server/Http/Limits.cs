using ToyRec.Catalog;

namespace ToyRec.Server.Http;

/// <summary>
/// The bounds the API enforces on what a client sends. The checks and the OpenAPI document (through
/// <see cref="RequestField"/>) both read them here, so the document states the ranges the server keeps.
/// </summary>
public static class Limits
{
    public const int MinK = 1;
    public const int MaxK = 100;
    public const int DefaultK = 10;
    public const int MaxHistory = 200;
    public const int MaxBodyBytes = 64 * 1024;
    public const int MinPage = 1;
    public const int MaxPage = 10_000;
    public const int MinPageSize = 1;
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;
    public const int MaxQueryLength = 200;
    public const int MinNameLength = 1;
    public const int MaxNameLength = 500;
    public const int MinSessionIdLength = 1;
    public const int MaxSessionIdLength = 64;
    public const decimal MinPrice = 0;
    public const decimal MaxPrice = PriceRange.PlausibleMaximum;
    // Amazon's ratings are 1 to 5 stars; 0 would pull a prediction towards no real product's.
    public const decimal MinRating = 1;
    public const decimal MaxRating = 5;
    public const decimal MinDiversity = 0;
    public const decimal MaxDiversity = 1;

    /// <summary>A recency decay must be more than this (a weight of 0 would drop every older product).</summary>
    public const decimal RecencyDecayAbove = 0;

    public const decimal MaxRecencyDecay = 1;
    public const int SessionEventsRead = 1000;
}
