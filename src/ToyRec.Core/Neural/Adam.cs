using System.Runtime.Intrinsics;

namespace ToyRec.Neural;

/// <summary>The Adam optimiser over a fixed list of parameters.</summary>
/// <remarks>
/// Kingma and Ba, "Adam: a method for stochastic optimization", ICLR 2015, Algorithm 1: m ← β₁m + (1 − β₁)g,
/// v ← β₂v + (1 − β₂)g², θ ← θ − α·m̂ / (√v̂ + ε)
/// with m̂ = m / (1 − β₁ᵗ) and v̂ = v / (1 − β₂ᵗ). Each element is updated on its own, so chunks run in
/// parallel with the same result on any thread count.
/// </remarks>
public sealed class Adam
{
    private const int Chunk = 1 << 16;

    private readonly IReadOnlyList<Parameter> _parameters;
    private readonly float[][] _first;
    private readonly float[][] _second;
    private readonly AdamOptions _options;

    /// <summary>Creates the optimiser with zero moments.</summary>
    public Adam(IReadOnlyList<Parameter> parameters, AdamOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _parameters = parameters;
        _options = options ?? new AdamOptions();
        _first = [.. parameters.Select(p => new float[p.Value.Length])];
        _second = [.. parameters.Select(p => new float[p.Value.Length])];
    }

    /// <summary>Number of steps taken (t).</summary>
    public int Steps { get; private set; }

    /// <summary>Applies one update from the parameters' current gradients.</summary>
    public void Step()
    {
        Steps++;
        var o = _options;
        float correction1 = 1 - MathF.Pow(o.Beta1, Steps);
        float correction2 = 1 - MathF.Pow(o.Beta2, Steps);
        // α_t = α·√(1 − β₂ᵗ) / (1 − β₁ᵗ) and ε scaled by √(1 − β₂ᵗ):
        // Algorithm 1 rearranged, same update.
        float stepSize = o.LearningRate * MathF.Sqrt(correction2) / correction1;
        float epsilon = o.Epsilon * MathF.Sqrt(correction2);
        var work = new List<(int Parameter, int Start)>();
        for (int p = 0; p < _parameters.Count; p++)
        {
            for (int start = 0; start < _parameters[p].Value.Length; start += Chunk)
                work.Add((p, start));
        }

        Parallel.ForEach(work, item =>
        {
            var parameter = _parameters[item.Parameter];
            int end = Math.Min(parameter.Value.Length, item.Start + Chunk);
            Update(parameter.Value.AsSpan(item.Start..end), parameter.Gradient.AsSpan(item.Start..end),
                _first[item.Parameter].AsSpan(item.Start..end), _second[item.Parameter].AsSpan(item.Start..end),
                stepSize, epsilon);
        });
    }

    private void Update(Span<float> value, ReadOnlySpan<float> gradient, Span<float> first, Span<float> second,
        float stepSize, float epsilon)
    {
        float b1 = _options.Beta1, b2 = _options.Beta2;
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var vb1 = Vector256.Create(b1);
            var vc1 = Vector256.Create(1 - b1);
            var vb2 = Vector256.Create(b2);
            var vc2 = Vector256.Create(1 - b2);
            var vStep = Vector256.Create(stepSize);
            var vEps = Vector256.Create(epsilon);
            for (; i + 8 <= value.Length; i += 8)
            {
                var g = Vector256.Create(gradient.Slice(i, 8));
                var m = vb1 * Vector256.Create((ReadOnlySpan<float>)first.Slice(i, 8)) + vc1 * g;
                var v = vb2 * Vector256.Create((ReadOnlySpan<float>)second.Slice(i, 8)) + vc2 * g * g;
                m.CopyTo(first.Slice(i, 8));
                v.CopyTo(second.Slice(i, 8));
                var theta = Vector256.Create((ReadOnlySpan<float>)value.Slice(i, 8));
                (theta - vStep * m / (Vector256.Sqrt(v) + vEps)).CopyTo(value.Slice(i, 8));
            }
        }

        for (; i < value.Length; i++)
        {
            float g = gradient[i];
            first[i] = b1 * first[i] + (1 - b1) * g;
            second[i] = b2 * second[i] + (1 - b2) * g * g;
            value[i] -= stepSize * first[i] / (MathF.Sqrt(second[i]) + epsilon);
        }
    }
}
