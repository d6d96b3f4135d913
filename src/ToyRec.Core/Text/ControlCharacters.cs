namespace ToyRec.Text;

/// <summary>
/// Control characters (<see cref="char.IsControl(char)"/>) in text that came from a user or a file: where the first
/// one is, for a message that refuses it, and an escaped form for printing, since an ESC sequence printed raw would
/// drive the terminal (recolour it, retitle it, clear it).
/// </summary>
public static class ControlCharacters
{
    /// <summary>"U+001B at character 5" for the first control character, or null when there is none.</summary>
    public static string? DescribeFirst(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsControl(text[i]))
                return $"U+{(int)text[i]:X4} at character {i + 1}";
        }

        return null;
    }

    /// <summary>The text with each control character other than a line break written as <c>\xNN</c>.</summary>
    public static string Escape(string text) => Escape(text, Escaped);

    /// <summary>
    /// The text with each character <paramref name="escaped"/> picks written as <c>\xNN</c>, or <c>\uNNNN</c> above
    /// U+00FF; the text itself when there is none.
    /// </summary>
    public static string Escape(string text, Func<char, bool> escaped)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(escaped);
        return text.Any(escaped)
            ? string.Concat(text.Select(c => !escaped(c) ? c.ToString()
                : c <= '\u00FF' ? $"\\x{(int)c:X2}" : $"\\u{(int)c:X4}"))
            : text;
    }

    private static bool Escaped(char c) => c != '\n' && char.IsControl(c);
}
