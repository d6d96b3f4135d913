namespace ToyRec.Text;

/// <summary>How a field's text is turned into terms.</summary>
public enum TextAnalyzer
{
    /// <summary>Tokens (and bigrams when the options ask).</summary>
    Words,

    /// <summary>Character n-grams of 3 to 5 within each token padded with '&lt;' and '&gt;', marked with '#'.</summary>
    CharNgrams,
}

/// <summary>One field of a document with the weight its terms get.</summary>
/// <param name="Text">The field's text.</param>
/// <param name="Weight">Multiplies the field's term frequencies; 0 leaves the field out.</param>
/// <param name="Analyzer">How the field is split into terms.</param>
public readonly record struct WeightedText(string Text, float Weight, TextAnalyzer Analyzer = TextAnalyzer.Words);
