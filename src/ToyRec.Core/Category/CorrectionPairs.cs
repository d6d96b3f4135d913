namespace ToyRec.Category;

/// <summary>
/// The last m L-BFGS correction pairs (s, y) in single precision, newest first, with ρ = 1 / sᵀy and yᵀy, and a
/// spare pair that the next one is written into before it is known to be kept.
/// </summary>
internal sealed class CorrectionPairs
{
    private readonly float[]?[] _s;
    private readonly float[]?[] _y;
    private readonly double[] _rho;
    private readonly double[] _yy;
    private readonly int _size;
    private float[]? _spareS;
    private float[]? _spareY;
    private int _newest = -1;

    public CorrectionPairs(int capacity, int size)
    {
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

    /// <summary>The arrays the next pair is written into.</summary>
    public (float[] S, float[] Y) Spare() => (_spareS ??= new float[_size], _spareY ??= new float[_size]);

    /// <summary>Keeps the spare pair as the newest; the oldest one, when full, becomes the spare.</summary>
    public void Push(double rho, double yy)
    {
        _newest = (_newest + 1) % _s.Length;
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
