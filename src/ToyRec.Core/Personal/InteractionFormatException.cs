namespace ToyRec.Personal;

/// <summary>
/// An interaction log cannot be read as given: in strict mode, the first line that does not fit the format; in
/// any mode, a file with no usable interaction at all.
/// </summary>
public sealed class InteractionFormatException : FormatException
{
    /// <summary>Creates the exception with a message naming file, line and value.</summary>
    public InteractionFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error behind it.</summary>
    public InteractionFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception without a message.</summary>
    public InteractionFormatException()
    {
    }
}
