namespace ToyRec.Category;

/// <summary>
/// The last m L-BFGS correction pairs (s, y) in single precision, newest first, with ρ = 1 / sᵀy, yᵀy and the
/// products sₒ·yₙ with the few pairs o just older than each pair n, and a spare pair that the next one is written
/// into before it is known to be kept.
/// </summary>
internal sealed class CorrectionPairs
{
    private readonly float[]?[] _s;
    private readonly float[]?[] _y;
    private readonly double[] _rho;
    private readonly double[] _yy;
    private readonly double[,] _cross;
    private readonly int _size;
    private float[]? _spareS;
    private float[]? _spareY;
    private int _newest = -1;

    public CorrectionPairs(int capacity, int size, int neighbours)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(neighbours);
        _cross = new double[capacity, neighbours];
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _s = new float[capacity][];
        _y = new float[capacity][];
        _rho = new double[capacity];
        _yy = new double[capacity];
        Alpha = new double[capacity];
        _size = size;
    }

    /// <summary>Pairs stored, at most the capacity.</summary>
    public int Count { get; private set; }

    /// <summary>Work space of the two-loop recursion, by age.</summary>
    public double[] Alpha { get; }

    public float[] S(int back) => _s[Slot(back)]!;

    public float[] Y(int back) => _y[Slot(back)]!;

    public double Rho(int back) => _rho[Slot(back)];

    public double YY(int back) => _yy[Slot(back)];

    /// <summary>s·y of the pair <paramref name="older"/> (1 or more) steps older than pair back with that pair's y.
    /// </summary>
    public double Cross(int back, int older) => _cross[Slot(back), older - 1];

    /// <summary>The arrays the next pair is written into.</summary>
    public (float[] S, float[] Y) Spare() => (_spareS ??= new float[_size], _spareY ??= new float[_size]);

    /// <summary>
    /// Keeps the spare pair as the newest; the oldest one, when full, becomes the spare. cross[k] is s·y of the
    /// pair that was k-th newest before (k = 0, 1, …) with the new y.
    /// </summary>
    public void Push(double rho, double yy, ReadOnlySpan<double> cross)
    {
        _newest = (_newest + 1) % _s.Length;
        for (int k = 0; k < _cross.GetLength(1); k++)
            _cross[_newest, k] = k < cross.Length ? cross[k] : 0;
        (_s[_newest], _spareS) = (_spareS, _s[_newest]);
        (_y[_newest], _spareY) = (_spareY, _y[_newest]);
        _rho[_newest] = rho;
        _yy[_newest] = yy;
        Count = Math.Min(Count + 1, _s.Length);
    }

    /// <summary>Forgets every pair (the arrays are kept for reuse).</summary>
    public void Clear() => Count = 0;

    private int Slot(int back) => (_newest - back + _s.Length) % _s.Length;
}
