namespace ToyRec.Catalog;

/// <summary>The catalogue file cannot be read: a missing column, or, in strict mode, the first bad value.</summary>
public sealed class CatalogFormatException : Exception
{
    /// <summary>Creates the exception for a problem found in the file.</summary>
    public CatalogFormatException(CatalogProblem problem)
        : base(problem?.Message)
    {
        Problem = problem;
    }

    /// <summary>Creates the exception with a message of its own.</summary>
    public CatalogFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error behind it.</summary>
    public CatalogFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The problem, where the exception points at one value or record.</summary>
    public CatalogProblem? Problem { get; }
}
