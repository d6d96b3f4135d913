using ToyRec.Catalog;

namespace ToyRec.Server.Http;

/// <summary>The bounds the API enforces on what a client sends.</summary>
public static class Limits
{
    public const int MinK = 1;
    public const int MaxK = 100;
    public const int DefaultK = 10;
    public const int MaxHistory = 200;
    public const int MaxBodyBytes = 64 * 1024;
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;
    public const int MaxPage = 10_000;
    public const int MaxQueryLength = 200;
    public const int MaxNameLength = 500;
    public const int MaxSessionIdLength = 64;
    public const decimal MaxPrice = PriceRange.PlausibleMaximum;
    public const int SessionEventsRead = 1000;
}
