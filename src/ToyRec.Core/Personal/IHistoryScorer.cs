namespace ToyRec.Personal;

/// <summary>
/// A model that scores every item for a history of items (oldest first). Scores are added, times a weight, into a
/// dense buffer of one float per item, so several models blend without allocating.
/// </summary>
public interface IHistoryScorer
{
    /// <summary>The system name the model reports under (<c>item-knn</c>, <c>transitions</c>, ...).</summary>
    string Name { get; }

    /// <summary>Number of items the model scores.</summary>
    int ItemCount { get; }

    /// <summary>Adds <paramref name="weight"/> × score(history, j) to <paramref name="scores"/>[j] for every j.
    /// </summary>
    void AddScores(ReadOnlySpan<int> history, Span<float> scores, float weight);
}
