namespace ToyRec.Personal;

/// <summary>A dense scratch row that remembers which columns were touched, for building one sparse row.</summary>
internal sealed class RowAccumulator(int columns)
{
    private readonly double[] _sums = new double[columns];
    private readonly bool[] _touched = new bool[columns];
    private readonly List<int> _columns = [];

    public void Add(int column, double value)
    {
        if (!_touched[column])
        {
            _touched[column] = true;
            _columns.Add(column);
        }

        _sums[column] += value;
    }

    /// <summary>The row's entries, transformed, positive only, strongest first (ties by column), then resets.</summary>
    public (int[] Columns, float[] Weights) Take(int row, Func<int, int, double, double> transform, int maxPerRow)
    {
        var entries = new List<(int Column, float Weight)>(_columns.Count);
        foreach (int column in _columns)
        {
            float weight = (float)transform(row, column, _sums[column]);
            if (weight > 0)
                entries.Add((column, weight));
            _sums[column] = 0;
            _touched[column] = false;
        }

        _columns.Clear();
        entries.Sort((a, b) => a.Weight != b.Weight ? b.Weight.CompareTo(a.Weight) : a.Column.CompareTo(b.Column));
        int keep = maxPerRow > 0 ? Math.Min(maxPerRow, entries.Count) : entries.Count;
        return (entries.Take(keep).Select(e => e.Column).ToArray(), entries.Take(keep).Select(e => e.Weight).ToArray());
    }
}
