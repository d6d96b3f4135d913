namespace ToyRec.Personal;

/// <summary>
/// Recency weights over a history ordered oldest first: the newest item weighs 1, the one r places before it d^r.
/// </summary>
/// <remarks>
/// w_i = d^(L−1−i) for position i of L, the exponential time decay of session-based neighbourhood models (Garg et
/// al., "Sequence and time aware neighborhood for session-based recommendations: STAN", SIGIR 2019); d = 1 ignores
/// the order.
/// </remarks>
public static class HistoryWeights
{
    /// <summary>
    /// The decay used when an ordered history asks for the default: item-kNN's history decay as chosen on the Toys
    /// 5-core validation targets (<see cref="ItemKnnOptions.HistoryDecay"/>). The catalogue's links carry no order to
    /// tune it on, and too few log items join the catalogue to tune it there.
    /// </summary>
    public const double DefaultDecay = 0.8;

    /// <summary>d^(L−1−position): the weight of the item at <paramref name="position"/> of a history of
    /// <paramref name="length"/>.</summary>
    public static float At(int position, int length, double decay) => (float)Math.Pow(decay, length - 1 - position);

    /// <summary>
    /// The history with each weight multiplied by its recency weight <see cref="At"/>; the order is oldest first.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The decay is not in (0, 1].</exception>
    public static IReadOnlyList<HistoryItem> Recency(IReadOnlyList<HistoryItem> history, double decay)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (!(decay > 0 && decay <= 1))
            throw new ArgumentOutOfRangeException(nameof(decay), decay, "The recency decay must be in (0, 1].");
        return [.. history.Select((h, i) => h with { Weight = h.Weight * At(i, history.Count, decay) })];
    }
}
