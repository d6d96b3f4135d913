namespace ToyRec.Personal;

/// <summary>
/// A sequence-aware model: which items follow which, counted within a window with weights that fall with the gap,
/// and a history scores the items that follow its newest items, with recency decay.
/// </summary>
/// <remarks>
/// <para>T_ij = Σ_users Σ_(p &lt; q ≤ p + W) g^(q−p−1) · ([s_p = i, s_q = j] + b · [s_p = j, s_q = i]) with
/// window W, gap decay g and backward weight b; score(j) = Σ_r d^r · T(h_(L−1−r), j). W = 1, b = 0 and d → 0 is
/// the first-order Markov chain of the last item.</para>
/// <para>The "sequential rules" of Ludewig and Jannach, "Evaluation of session-based recommendation algorithms"
/// (UMUAI 2018), with the recency-weighted history of Garg et al., "Sequence and time aware neighborhood for
/// session-based recommendations: STAN" (SIGIR 2019).</para>
/// </remarks>
public sealed class Transitions : IHistoryScorer
{
    private readonly SparseNeighbours _successors;

    private Transitions(SparseNeighbours successors, TransitionOptions options)
    {
        _successors = successors;
        Options = options;
    }

    /// <inheritdoc />
    public string Name => "transitions";

    /// <inheritdoc />
    public int ItemCount => _successors.ItemCount;

    /// <summary>The options the model was built with.</summary>
    public TransitionOptions Options { get; }

    /// <summary>Number of stored (item, successor) weights.</summary>
    public int EntryCount => _successors.EntryCount;

    /// <summary>Builds the model from per-user histories in time order.</summary>
    public static Transitions Build(IReadOnlyList<int[]> histories, int itemCount, TransitionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(histories);
        options ??= TransitionOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Window);
        var occurrences = new ItemOccurrences(histories, itemCount);
        int window = options.Window;
        var gap = Enumerable.Range(0, window).Select(d => Math.Pow(options.GapDecay, d)).ToArray();
        double backward = options.Backward;
        var successors = SparseNeighbours.Build(itemCount, (i, row) =>
        {
            var positions = occurrences.Positions(i);
            var owners = occurrences.Histories(i);
            for (int o = 0; o < owners.Length; o++)
            {
                var history = histories[owners[o]];
                int p = positions[o];
                for (int q = p + 1; q <= Math.Min(history.Length - 1, p + window); q++)
                {
                    if (history[q] != i)
                        row.Add(history[q], gap[q - p - 1]);
                }

                for (int q = Math.Max(0, p - window); backward > 0 && q < p; q++)
                {
                    if (history[q] != i)
                        row.Add(history[q], backward * gap[p - q - 1]);
                }
            }
        }, (_, _, sum) => sum, options.Neighbours);
        return new Transitions(successors, options);
    }

    /// <summary>T(i, j) as stored.</summary>
    public float Weight(int i, int j) => _successors.Weight(i, j);

    /// <inheritdoc />
    public void AddScores(ReadOnlySpan<int> history, Span<float> scores, float weight) =>
        _successors.AddHistory(history, Options.HistoryDecay, weight, scores);
}
