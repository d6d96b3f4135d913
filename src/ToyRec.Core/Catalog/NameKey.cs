using System.Text;

namespace ToyRec.Catalog;

/// <summary>
/// Case-, accent- and punctuation-insensitive forms of names: the word sequence of letters and digits, lower-cased
/// and with accented Latin letters folded (<see cref="Text.LatinFolding"/>), apostrophes dropped so that
/// "Children's" and Amazon's slug "Childrens" agree.
/// </summary>
public static class NameKey
{
    /// <summary>The words of a name or slug (dashes, spaces and punctuation all separate words).</summary>
    public static List<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c) && Text.LatinFolding.Fold(c) is { } folded)
                current.Append(folded.ToLowerInvariant());
            else if (char.IsLetterOrDigit(c))
                current.Append(char.ToLowerInvariant(c));
            else if (c is '\'' or '’' || Text.LatinFolding.IsCombiningMark(c))
                continue;
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
            words.Add(current.ToString());
        return words;
    }

    /// <summary>The normalised key of a name: its words joined by single spaces.</summary>
    public static string Of(string text) => string.Join(' ', Words(text));

    /// <summary>
    /// Whether <paramref name="key"/> is a non-empty run of the first words of <paramref name="ownKey"/>, or all of
    /// them (both keys from <see cref="Of"/>): how a link slug names the product itself, as Amazon's links to other
    /// sizes and editions do ("hornby r8206" in "hornby r8206 track pack c").
    /// </summary>
    public static bool IsLeadingWords(string key, string ownKey)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(ownKey);
        return key.Length > 0 && ownKey.StartsWith(key, StringComparison.Ordinal) &&
            (ownKey.Length == key.Length || ownKey[key.Length] == ' ');
    }

    /// <summary>The key that identifies exact duplicates: normalised name and normalised manufacturer.</summary>
    public static string DuplicateKey(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return Of(product.Name) + "\u001F" + Of(product.Manufacturer);
    }
}
