namespace ToyRec.Neural;

/// <summary>A learned tensor and the gradient of the loss with respect to it, both stored row-major.</summary>
public sealed class Parameter
{
    /// <summary>Creates a zero parameter of the given shape.</summary>
    public Parameter(string name, int rows, int columns)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Rows = rows;
        Columns = columns;
        Value = new float[rows * columns];
        Gradient = new float[rows * columns];
    }

    /// <summary>The parameter's name, unique within a network (<c>hidden.weight</c>).</summary>
    public string Name { get; }

    /// <summary>Number of rows.</summary>
    public int Rows { get; }

    /// <summary>Number of columns (1 for a bias).</summary>
    public int Columns { get; }

    /// <summary>The values.</summary>
    public float[] Value { get; }

    /// <summary>∂loss/∂value, accumulated by the backward pass and cleared by <see cref="ZeroGradient"/>.</summary>
    public float[] Gradient { get; }

    /// <summary>Clears the gradient before the next backward pass.</summary>
    public void ZeroGradient() => Array.Clear(Gradient);

    /// <summary>Fills the values uniformly in [-limit, limit] from a seeded generator.</summary>
    internal void InitializeUniform(Random random, float limit)
    {
        for (int i = 0; i < Value.Length; i++)
            Value[i] = (float)((random.NextDouble() * 2 - 1) * limit);
    }
}
