namespace ToyRec.Text;

/// <summary>
/// Folds accented Latin letters to their unaccented form ("é" → "e", "ß" → "ss", "Ø" → "O") and recognises the
/// combining accents that follow a letter in decomposed text ("e" + U+0301), so that "Märklin", "Marklin" and a
/// decomposed "Ma&#x0308;rklin" give the same name key (<see cref="Catalog.NameKey"/>).
/// </summary>
/// <remarks>
/// ToyRec runs with invariant globalization, where .NET does not normalise Unicode, so the table covers what a
/// European toy catalogue holds: Latin-1 Supplement and Latin Extended-A letters (U+00C0–U+017F) and the combining
/// diacritical marks (U+0300–U+036F). Other scripts are kept as they are.
/// </remarks>
public static class LatinFolding
{
    // Each letter of a group folds to the group's replacement.
    private static readonly (string Letters, string Folded)[] Groups =
    [
        ("ÀÁÂÃÄÅĀĂĄ", "A"), ("àáâãäåāăą", "a"), ("Æ", "AE"), ("æ", "ae"), ("ÇĆĈĊČ", "C"),
        ("çćĉċč", "c"), ("ÐĎĐ", "D"), ("ðďđ", "d"), ("ÈÉÊËĒĔĖĘĚ", "E"),
        ("èéêëēĕėęě", "e"), ("ĜĞĠĢ", "G"), ("ĝğġģ", "g"), ("ĤĦ", "H"), ("ĥħ", "h"),
        ("ÌÍÎÏĨĪĬĮİ", "I"), ("ìíîïĩīĭįı", "i"), ("Ĳ", "IJ"), ("ĳ", "ij"), ("Ĵ", "J"),
        ("ĵ", "j"), ("Ķ", "K"), ("ķĸ", "k"), ("ĹĻĽĿŁ", "L"), ("ĺļľŀł", "l"), ("ÑŃŅŇŊ", "N"),
        ("ñńņňŉŋ", "n"), ("ÒÓÔÕÖØŌŎŐ", "O"), ("òóôõöøōŏő", "o"), ("Œ", "OE"), ("œ", "oe"),
        ("ŔŖŘ", "R"), ("ŕŗř", "r"), ("ŚŜŞŠ", "S"), ("śŝşšſ", "s"), ("ß", "ss"), ("ŢŤŦ", "T"),
        ("ţťŧ", "t"), ("Þ", "TH"), ("þ", "th"), ("ÙÚÛÜŨŪŬŮŰŲ", "U"), ("ùúûüũūŭůűų", "u"),
        ("Ŵ", "W"), ("ŵ", "w"), ("ÝŶŸ", "Y"), ("ýÿŷ", "y"), ("ŹŻŽ", "Z"), ("źżž", "z"),
    ];

    private static readonly Dictionary<char, string> Table = Groups
        .SelectMany(g => g.Letters.Select(c => (c, g.Folded)))
        .ToDictionary(p => p.c, p => p.Folded);

    /// <summary>The unaccented form of an accented Latin letter, or null for any other character.</summary>
    public static string? Fold(char c) => c is >= '\u00C0' and <= '\u017F' ? Table.GetValueOrDefault(c) : null;

    /// <summary>Whether the character is a combining diacritical mark (U+0300 to U+036F), dropped in folding.</summary>
    public static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';
}
