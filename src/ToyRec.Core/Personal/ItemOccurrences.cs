namespace ToyRec.Personal;

/// <summary>Where each item occurs: per item, the (history, position) pairs, histories in order.</summary>
internal sealed class ItemOccurrences
{
    private readonly int[] _offsets;
    private readonly int[] _histories;
    private readonly int[] _positions;

    public ItemOccurrences(IReadOnlyList<int[]> histories, int itemCount)
    {
        _offsets = new int[itemCount + 1];
        foreach (var history in histories)
        {
            foreach (int item in history)
                _offsets[item + 1]++;
        }

        for (int i = 0; i < itemCount; i++)
            _offsets[i + 1] += _offsets[i];
        _histories = new int[_offsets[itemCount]];
        _positions = new int[_offsets[itemCount]];
        var next = _offsets[..^1].ToArray();
        for (int h = 0; h < histories.Count; h++)
        {
            for (int p = 0; p < histories[h].Length; p++)
            {
                int slot = next[histories[h][p]]++;
                _histories[slot] = h;
                _positions[slot] = p;
            }
        }
    }

    public int Count(int item) => _offsets[item + 1] - _offsets[item];

    public ReadOnlySpan<int> Histories(int item) => _histories.AsSpan(_offsets[item], Count(item));

    public ReadOnlySpan<int> Positions(int item) => _positions.AsSpan(_offsets[item], Count(item));
}
