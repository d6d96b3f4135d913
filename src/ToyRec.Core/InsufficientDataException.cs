namespace ToyRec;

/// <summary>
/// The input is well formed but too small for a model or a protocol: the message says how much is needed and how
/// much was found. <c>toyrec run</c> skips such a model with a note; a command for that model alone fails.
/// </summary>
public sealed class InsufficientDataException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    public InsufficientDataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public InsufficientDataException()
    {
    }

    /// <summary>Creates the exception with a message and the error behind it.</summary>
    public InsufficientDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
