using System.Text;

namespace ToyRec.Text;

/// <summary>
/// Splits product text into lower-case tokens: runs of Unicode letters and digits. Apostrophes inside a word are
/// dropped ("children's" → "childrens"); a decimal point or comma between digits stays inside the number
/// ("1.5", "1,000" → "1000"); a pound sign followed by a number becomes a price token ("£3.42" → "£3.42"). Model
/// numbers such as "R8150" or "SI-TY1017" are kept whole, with the dashed form also split into its parts.
/// </summary>
public sealed class Tokenizer
{
    private readonly TokenizerOptions _options;

    /// <summary>Creates a tokenizer.</summary>
    public Tokenizer(TokenizerOptions? options = null) => _options = options ?? new TokenizerOptions();

    /// <summary>A tokenizer with the default options.</summary>
    public static Tokenizer Default { get; } = new();

    /// <summary>The tokens of a text, in order, stop words removed when the options say so.</summary>
    public List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of a text to a list.</summary>
    public void Tokenize(string text, List<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var word = new StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (!char.IsLetterOrDigit(c) && !(c == '£' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                i++;
                continue;
            }

            word.Clear();
            int start = i;
            if (c == '£')
            {
                word.Append('£');
                i++;
            }

            i = ReadWord(text, i, word);
            Add(word.ToString(), tokens);
            AddDashedModelNumber(text, start, ref i, word, tokens);
        }
    }

    // Reads letters and digits from position i, joining across apostrophes and digit separators.
    private static int ReadWord(string text, int i, StringBuilder word)
    {
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                i++;
            }
            else if ((c is '\'' or '’') && i + 1 < text.Length && char.IsLetter(text[i + 1]) && word.Length > 0)
            {
                i++;
            }
            else if ((c is '.' or ',') && word.Length > 0 && char.IsAsciiDigit(word[^1])
                && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                if (c == '.')
                    word.Append('.');
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    // "SI-TY1017": after the first part, if a dash joins it to a part with a digit, also emit the joined form.
    private void AddDashedModelNumber(string text, int start, ref int i, StringBuilder word, List<string> tokens)
    {
        if (i + 1 >= text.Length || text[i] != '-' || !char.IsLetterOrDigit(text[i + 1]))
            return;
        int partStart = i + 1;
        var part = new StringBuilder();
        int end = ReadWord(text, partStart, part);
        bool hasDigit = part.ToString().Any(char.IsAsciiDigit)
            || text.AsSpan(start, i - start).ContainsAnyInRange('0', '9');
        if (!hasDigit)
            return;
        Add(part.ToString(), tokens);
        tokens.Add(word + part.ToString());
        i = end;
    }

    private void Add(string token, List<string> tokens)
    {
        bool numeric = token.Length > 0 && (char.IsAsciiDigit(token[0]) || token[0] == '£');
        if (!numeric && token.Length < _options.MinLength)
            return;
        if (_options.RemoveStopWords && StopWords.English.Contains(token))
            return;
        tokens.Add(token);
    }
}
