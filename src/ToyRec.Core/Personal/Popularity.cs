namespace ToyRec.Personal;

/// <summary>
/// The popularity baseline: every history gets the same scores, the number of users who have each item divided by
/// the largest such number.
/// </summary>
public sealed class Popularity : IHistoryScorer
{
    private readonly float[] _scores;

    private Popularity(float[] scores, int[] counts)
    {
        _scores = scores;
        Counts = counts;
    }

    /// <inheritdoc />
    public string Name => "popularity";

    /// <inheritdoc />
    public int ItemCount => _scores.Length;

    /// <summary>Users per item in the data the model was built from.</summary>
    public IReadOnlyList<int> Counts { get; }

    /// <summary>Counts the users of each item in <paramref name="histories"/>.</summary>
    public static Popularity Build(IReadOnlyList<int[]> histories, int itemCount)
    {
        ArgumentNullException.ThrowIfNull(histories);
        var counts = new int[itemCount];
        foreach (var history in histories)
        {
            foreach (int item in history.Distinct())
                counts[item]++;
        }

        float max = Math.Max(1, counts.Length == 0 ? 1 : counts.Max());
        return new Popularity(counts.Select(c => c / max).ToArray(), counts);
    }

    /// <inheritdoc />
    public void AddScores(ReadOnlySpan<int> history, Span<float> scores, float weight)
    {
        for (int j = 0; j < _scores.Length; j++)
            scores[j] += weight * _scores[j];
    }
}
