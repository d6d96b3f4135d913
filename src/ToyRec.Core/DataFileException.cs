namespace ToyRec;

/// <summary>An input file that was asked for, or looked for, is not there.</summary>
public sealed class DataFileException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    public DataFileException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public DataFileException()
    {
    }

    /// <summary>Creates the exception with a message and the error behind it.</summary>
    public DataFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
