namespace ToyRec.Text;

/// <summary>
/// A sparse vector: strictly increasing term indices with their values. Not to be changed once built: the arrays
/// are exposed as they are, without copies, for the similarity kernels' speed, and nothing in ToyRec writes to them.
/// </summary>
public sealed class SparseVector
{
    /// <summary>Creates a vector; <paramref name="indices"/> must be strictly increasing.</summary>
    public SparseVector(int[] indices, float[] values)
    {
        ArgumentNullException.ThrowIfNull(indices);
        ArgumentNullException.ThrowIfNull(values);
        if (indices.Length != values.Length)
            throw new ArgumentException($"{indices.Length} indices but {values.Length} values.", nameof(values));
        for (int i = 1; i < indices.Length; i++)
        {
            if (indices[i] <= indices[i - 1])
            {
                throw new ArgumentException($"Indices must increase: {indices[i - 1]} then {indices[i]}.",
                    nameof(indices));
            }
        }

        Indices = indices;
        Values = values;
    }

    /// <summary>The vector with no entries.</summary>
    public static SparseVector Empty { get; } = new([], []);

    /// <summary>Term indices, increasing.</summary>
    public int[] Indices { get; }

    /// <summary>Values, aligned with <see cref="Indices"/>.</summary>
    public float[] Values { get; }

    /// <summary>Number of non-zero entries.</summary>
    public int Count => Indices.Length;

    /// <summary>The dot product, by merging the two index lists.</summary>
    public float Dot(SparseVector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        float sum = 0;
        int i = 0, j = 0;
        while (i < Indices.Length && j < other.Indices.Length)
        {
            int a = Indices[i], b = other.Indices[j];
            if (a == b)
                sum += Values[i++] * other.Values[j++];
            else if (a < b)
                i++;
            else
                j++;
        }

        return sum;
    }

    /// <summary>The Euclidean norm.</summary>
    public float Norm() => MathF.Sqrt(System.Numerics.Tensors.TensorPrimitives.SumOfSquares(Values));
}
