namespace ToyRec.Catalog;

/// <summary>A value or record of the catalogue file that could not be read as it should.</summary>
/// <param name="File">The file's name as given by the user.</param>
/// <param name="Line">The physical line the record starts on (the header is line 1).</param>
/// <param name="Column">The column, or null for a problem with the whole record.</param>
/// <param name="Value">The offending value (shortened when long).</param>
/// <param name="Expected">What was expected instead.</param>
public sealed record CatalogProblem(string File, int Line, string? Column, string Value, string Expected)
{
    /// <summary>
    /// The reason the record was dropped (<see cref="CatalogReader.Malformed"/>,
    /// <see cref="CatalogReader.DuplicateId"/>, <see cref="CatalogReader.MissingIdOrName"/>,
    /// <see cref="CleaningReport.NoCategory"/>); null when only a value was read as missing.
    /// </summary>
    public string? DropReason { get; init; }

    /// <summary>The id a dropped malformed record had in its uniq_id field, when it had that field.</summary>
    public string? DroppedId { get; init; }

    /// <summary>A message naming file, line, column and value.</summary>
    public string Message => Column is null
        ? $"{File}, line {Line}: {Value}; expected {Expected}"
        : $"{File}, line {Line}, column {Column}: '{Value}' is not {Expected}";

    /// <summary>Shortens a value for messages: white space collapsed, the start kept.</summary>
    public static string Shorten(string value, int maxLength = 80)
    {
        ArgumentNullException.ThrowIfNull(value);
        string flat = ValueParsers.NormaliseSpace(value);
        string shown = flat.Length <= maxLength ? flat : string.Concat(flat.AsSpan(0, maxLength), "…");
        return Text.ControlCharacters.Escape(shown);
    }
}
