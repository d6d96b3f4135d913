namespace ToyRec.Server.Recommendations;

/// <summary>Product filters shared by recommenders.</summary>
public static class Accept
{
    /// <summary>
    /// Accepts every product. Passing this very instance tells a recommender the list is unfiltered, which lets it
    /// answer from a cache.
    /// </summary>
    public static Func<int, bool> All { get; } = _ => true;
}
