namespace ToyRec.Ranking;

/// <summary>
/// The k best (index, score) pairs of every row of a square similarity matrix, filled by offering pairs in any
/// order. Order is score descending, then index ascending, the same total order as <see cref="TopK"/>, so the
/// lists that come out depend only on the pairs offered, never on their order or on how they were split between
/// instances that are merged afterwards.
/// </summary>
internal sealed class NeighbourLists
{
    private readonly int _k;
    private readonly int[] _index;
    private readonly float[] _score;
    private readonly int[] _filled;
    private readonly float[] _threshold;

    /// <summary>Empty lists for <paramref name="rows"/> rows of up to <paramref name="k"/> entries.</summary>
    public NeighbourLists(int rows, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        _k = k;
        _index = new int[rows * k];
        _score = new float[rows * k];
        _filled = new int[rows];
        _threshold = new float[rows];
    }

    /// <summary>
    /// Per row, the score an offer must reach to have a chance: the k-th best score once the row is full, zero
    /// before (only positive scores are kept). An offer equal to it may still win on its lower index.
    /// </summary>
    public ReadOnlySpan<float> Thresholds => _threshold;

    /// <summary>Offers an index with its score to a row's list.</summary>
    public void Offer(int row, int index, float score)
    {
        if (!(score > 0) || score < _threshold[row])
            return;
        int start = row * _k;
        int filled = _filled[row];
        if (filled == _k && !Before(score, index, _score[start + _k - 1], _index[start + _k - 1]))
            return;
        int position = Math.Min(filled, _k - 1);
        while (position > 0 && Before(score, index, _score[start + position - 1], _index[start + position - 1]))
        {
            _score[start + position] = _score[start + position - 1];
            _index[start + position] = _index[start + position - 1];
            position--;
        }

        _score[start + position] = score;
        _index[start + position] = index;
        if (filled < _k)
            _filled[row] = ++filled;
        if (filled == _k)
            _threshold[row] = _score[start + _k - 1];
    }

    /// <summary>Offers every entry of another instance of the same shape.</summary>
    public void Merge(NeighbourLists other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other._k != _k || other._filled.Length != _filled.Length)
            throw new ArgumentException("Neighbour lists of another shape cannot be merged.", nameof(other));
        for (int row = 0; row < _filled.Length; row++)
        {
            for (int e = 0; e < other._filled[row]; e++)
                Offer(row, other._index[row * _k + e], other._score[row * _k + e]);
        }
    }

    /// <summary>The indices of a row's list, best first.</summary>
    public int[] Row(int row) => _index.AsSpan(row * _k, _filled[row]).ToArray();

    private static bool Before(float score, int index, float otherScore, int otherIndex) =>
        score > otherScore || (score == otherScore && index < otherIndex);
}
