namespace ToyRec.Server.Recommendations;

/// <summary>
/// What the HTTP API asks of the models. Every answer honours the filter before the top-k cut, never contains the
/// query products themselves, and carries a reason a shopper can read. Register another implementation in
/// <see cref="ServerApp"/> to serve a different model; the endpoints do not change.
/// </summary>
public interface IRecommendationService
{
    /// <summary>A short name for logs and <c>/health</c>.</summary>
    string Name { get; }

    /// <summary>Products like the one at <paramref name="product"/> by their content.</summary>
    IReadOnlyList<Recommendation> Similar(int product, int k, Func<int, bool> accept);

    /// <summary>Products bought together with the one at <paramref name="product"/>.</summary>
    IReadOnlyList<Recommendation> AlsoBought(int product, int k, Func<int, bool> accept);

    /// <summary>Products for a shopper with this history; popular products when the history is empty.</summary>
    IReadOnlyList<Recommendation> ForHistory(HistoryQuery query);
}
