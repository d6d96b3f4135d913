using ToyRec.Text;

namespace ToyRec.Category;

/// <summary>Turns text into the terms of a <see cref="TermKind"/>; the same rules at fit and predict time.</summary>
internal static class TermAnalyzer
{
    public const int MinCharacterN = 2;
    public const int MaxCharacterN = 5;

    // Stop words stay: bigrams such as "set of" and one-letter-free short words carry category signal in names.
    private static readonly Tokenizer WordTokenizer = new(new TokenizerOptions(RemoveStopWords: false, MinLength: 2));
    private static readonly Tokenizer AllTokens = new(new TokenizerOptions(RemoveStopWords: false, MinLength: 1));

    /// <summary>Appends the terms of a text to <paramref name="terms"/> (repeats kept, for term counts).</summary>
    public static void Terms(string text, TermKind kind, List<string> terms)
    {
        switch (kind)
        {
            case TermKind.WordNGrams:
                var words = WordTokenizer.Tokenize(text);
                terms.AddRange(words);
                for (int i = 1; i < words.Count; i++)
                    terms.Add(words[i - 1] + " " + words[i]);
                break;
            case TermKind.CharacterNGrams:
                foreach (string token in AllTokens.Tokenize(text))
                    AddCharacterNGrams(token, terms);
                break;
            case TermKind.Words:
                WordTokenizer.Tokenize(text, terms);
                break;
            case TermKind.WholeAndWords:
                string whole = string.Join(' ', AllTokens.Tokenize(text));
                if (whole.Length > 0)
                    terms.Add("=" + whole);
                WordTokenizer.Tokenize(text, terms);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown term kind.");
        }
    }

    // As scikit-learn's char_wb analyser: n-grams of " token ", so word starts and ends are marked.
    private static void AddCharacterNGrams(string token, List<string> terms)
    {
        string padded = " " + token + " ";
        for (int n = MinCharacterN; n <= MaxCharacterN; n++)
        {
            for (int start = 0; start + n <= padded.Length; start++)
                terms.Add(padded.Substring(start, n));
            if (n >= padded.Length)
                break;
        }
    }
}
