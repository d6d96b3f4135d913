namespace ToyRec.Catalog;

/// <summary>One record of a CSV file with the physical line it starts on.</summary>
/// <param name="Line">1-based physical line of the record's first character.</param>
/// <param name="Fields">The field values, unquoted.</param>
/// <param name="HasUnclosedQuote">
/// Whether a quoted field was still open at the end of the file; such a record swallows the rest of the file.
/// </param>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, bool HasUnclosedQuote);
