namespace ToyRec.Server.Sessions;

/// <summary>
/// What a session's events say about the shopper: what is in the basket now, what was bought, and a weighted
/// history for the recommender. A purchase or a basket item counts <see cref="StrongWeight"/>, a view
/// <see cref="ViewWeight"/>; an item removed from the basket keeps only its view weight. Each product appears
/// once, at its latest event, so the history stays in the order the shopper last touched things.
/// </summary>
public sealed class SessionProfile
{
    public const double StrongWeight = 1.0;
    public const double ViewWeight = 0.3;

    private SessionProfile(IReadOnlyList<string> basket, IReadOnlyList<string> purchased,
        IReadOnlyList<(string ProductId, double Weight)> history)
    {
        Basket = basket;
        Purchased = purchased;
        History = history;
    }

    /// <summary>Products in the basket, in the order they were added.</summary>
    public IReadOnlyList<string> Basket { get; }

    /// <summary>Products bought in the session.</summary>
    public IReadOnlyList<string> Purchased { get; }

    /// <summary>Every product touched, oldest first, with how much it counts.</summary>
    public IReadOnlyList<(string ProductId, double Weight)> History { get; }

    public static SessionProfile From(IEnumerable<StoredEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var basket = new List<string>();
        var purchased = new List<string>();
        var weight = new Dictionary<string, double>(StringComparer.Ordinal);
        var lastTouch = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            lastTouch[e.ProductId] = e.Id;
            double current = weight.GetValueOrDefault(e.ProductId);
            switch (e.Type)
            {
                case EventType.View:
                    weight[e.ProductId] = Math.Max(current, ViewWeight);
                    break;
                case EventType.AddToBasket:
                    if (!basket.Contains(e.ProductId))
                        basket.Add(e.ProductId);
                    weight[e.ProductId] = StrongWeight;
                    break;
                case EventType.RemoveFromBasket:
                    basket.Remove(e.ProductId);
                    if (!purchased.Contains(e.ProductId))
                        weight[e.ProductId] = ViewWeight;
                    break;
                case EventType.Purchase:
                    basket.Remove(e.ProductId);
                    if (!purchased.Contains(e.ProductId))
                        purchased.Add(e.ProductId);
                    weight[e.ProductId] = StrongWeight;
                    break;
            }
        }

        var history = lastTouch.OrderBy(t => t.Value).Select(t => (t.Key, weight[t.Key])).ToList();
        return new SessionProfile(basket, purchased, history);
    }
}
