using ToyRec.Ranking;

namespace ToyRec.Personal;

/// <summary>
/// ToyRec's model of a shopper's history: transitions from the newest items, plus item-kNN similarity to the whole
/// history, plus a little popularity, blended with weights tuned on validation.
/// </summary>
/// <remarks>
/// score(j) = T(h, j) + λ · K(h, j) + μ · pop(j), with T from <see cref="Transitions"/>, K from
/// <see cref="ItemKnn"/> and pop from <see cref="Popularity"/>; the blend of a sequential and a neighbourhood
/// model follows the hybrids of Ludewig and Jannach, "Evaluation of session-based recommendation algorithms"
/// (UMUAI 2018). Items in the history are never recommended back.
/// </remarks>
public sealed class PersonalModel : IHistoryScorer
{
    private PersonalModel(Transitions transitions, ItemKnn knn, Popularity popularity, PersonalOptions options)
    {
        TransitionModel = transitions;
        Knn = knn;
        Popularity = popularity;
        Options = options;
    }

    /// <inheritdoc />
    public string Name => "toyrec";

    /// <inheritdoc />
    public int ItemCount => Knn.ItemCount;

    /// <summary>The options the model was built with.</summary>
    public PersonalOptions Options { get; }

    /// <summary>The transitions component.</summary>
    public Transitions TransitionModel { get; }

    /// <summary>The item-kNN component.</summary>
    public ItemKnn Knn { get; }

    /// <summary>The popularity component.</summary>
    public Popularity Popularity { get; }

    /// <summary>Builds the three components from per-user histories in time order.</summary>
    public static PersonalModel Build(IReadOnlyList<int[]> histories, int itemCount, PersonalOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(histories);
        options ??= PersonalOptions.Default;
        Transitions? transitions = null;
        ItemKnn? knn = null;

        // The two builds are independent and each deterministic, so running them side by side changes nothing.
        Parallel.Invoke(
            () => transitions = Transitions.Build(histories, itemCount, options.Transitions),
            () => knn = ItemKnn.Build(histories, itemCount, options.Knn));
        return new PersonalModel(transitions!, knn!, Popularity.Build(histories, itemCount), options);
    }

    /// <summary>The same components with other blend weights (no rebuild).</summary>
    public PersonalModel WithWeights(double knnWeight, double popularityWeight) =>
        new(TransitionModel, Knn, Popularity,
            Options with { KnnWeight = knnWeight, PopularityWeight = popularityWeight });

    /// <inheritdoc />
    public void AddScores(ReadOnlySpan<int> history, Span<float> scores, float weight)
    {
        TransitionModel.AddScores(history, scores, weight);
        Knn.AddScores(history, scores, weight * (float)Options.KnnWeight);
        if (Options.PopularityWeight != 0)
            Popularity.AddScores(history, scores, weight * (float)Options.PopularityWeight);
    }

    /// <summary>
    /// The top <paramref name="k"/> items for a history, never an item of the history, filter applied before the
    /// cut; ties by lower item index.
    /// </summary>
    public IReadOnlyList<RankedItem> Recommend(ReadOnlySpan<int> history, int k, Func<int, bool>? accept = null)
    {
        var scores = new float[ItemCount];
        AddScores(history, scores, 1);
        foreach (int item in history)
            scores[item] = float.NegativeInfinity;
        return TopK.Select(scores, k, accept, float.MinValue).Select(i => new RankedItem(i, scores[i])).ToList();
    }

    /// <summary>
    /// Why an item was recommended: the history item that gives it the largest part of its transition and kNN
    /// score, with the two parts; HistoryItem is -1 when no history item reaches it.
    /// </summary>
    public (int HistoryItem, float Transition, float Similarity) Explain(ReadOnlySpan<int> history, int item)
    {
        int best = -1;
        float bestScore = 0, bestTransition = 0, bestSimilarity = 0;
        for (int p = 0; p < history.Length; p++)
        {
            float transition = HistoryWeights.At(p, history.Length, Options.Transitions.HistoryDecay)
                * TransitionModel.Weight(history[p], item);
            float similarity = HistoryWeights.At(p, history.Length, Options.Knn.HistoryDecay)
                * Knn.Similarity(history[p], item);
            float part = transition + (float)Options.KnnWeight * similarity;
            if (part > bestScore)
                (best, bestScore, bestTransition, bestSimilarity) = (history[p], part, transition, similarity);
        }

        return (best, bestTransition, bestSimilarity);
    }
}
