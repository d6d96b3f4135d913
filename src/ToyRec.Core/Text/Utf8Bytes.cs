using System.Text.Unicode;

namespace ToyRec.Text;

/// <summary>Where bytes stop being UTF-8, for messages that name the first bad byte.</summary>
public static class Utf8Bytes
{
    /// <summary>The offset of the first byte that does not start a valid UTF-8 character, or -1 when all do.</summary>
    public static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
            return -1;
        // Decoding without replacement stops at the first bad byte; only bytes already known bad pay for it.
        Utf8.ToUtf16(bytes, new char[bytes.Length], out int valid, out _, replaceInvalidSequences: false);
        return valid;
    }
}
