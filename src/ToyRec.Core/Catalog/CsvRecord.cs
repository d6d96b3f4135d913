namespace ToyRec.Catalog;

/// <summary>One record of a CSV file with the physical line it starts on.</summary>
/// <param name="Line">1-based physical line of the record's first character.</param>
/// <param name="Fields">The field values, unquoted.</param>
/// <param name="HasUnclosedQuote">
/// Whether a quoted field was still open at the end of the file; such a record swallows the rest of the file.
/// </param>
/// <param name="EndLine">The physical line the record ends on.</param>
/// <param name="HasTextAfterQuote">Whether a quoted field had text after its closing quote.</param>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, bool HasUnclosedQuote, int EndLine = 0,
    bool HasTextAfterQuote = false);
