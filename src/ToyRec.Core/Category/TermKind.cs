namespace ToyRec.Category;

/// <summary>How a feature block turns a text into terms.</summary>
public enum TermKind
{
    /// <summary>Word unigrams and bigrams of adjacent words.</summary>
    WordNGrams,

    /// <summary>Character n-grams of lengths 2 to 5 inside each word padded with a space on both sides.</summary>
    CharacterNGrams,

    /// <summary>Single words only.</summary>
    Words,

    /// <summary>The whole text as one term, plus its single words (for names such as manufacturers).</summary>
    WholeAndWords,
}
