namespace ToyRec.Personal;

/// <summary>Collects weighted (row, column) entries of a sparse matrix before they are summed and sorted.</summary>
internal sealed class PairAccumulator
{
    private long[] _keys = new long[1024];
    private float[] _values = new float[1024];
    private int _count;

    public void Add(int row, int column, float value)
    {
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }

        _keys[_count] = ((long)row << 32) | (uint)column;
        _values[_count] = value;
        _count++;
    }

    /// <summary>The entries sorted by key (row, then column); the sort is deterministic for equal input.</summary>
    public (long[] Keys, float[] Values) Sorted()
    {
        var keys = _keys[.._count];
        var values = _values[.._count];
        Array.Sort(keys, values);
        return (keys, values);
    }
}
