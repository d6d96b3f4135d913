namespace ToyRec.Catalog;

/// <summary>
/// Everything read from a catalogue file before cleaning: the well-formed records parsed into products, the
/// records that could not be used, and the values that did not parse.
/// </summary>
public sealed record RawCatalog
{
    /// <summary>The file's name as the user gave it.</summary>
    public required string SourceName { get; init; }

    /// <summary>Records read after the header, malformed ones included.</summary>
    public required int RecordsRead { get; init; }

    /// <summary>Products from well-formed records with a unique id, in file order.</summary>
    public required IReadOnlyList<Product> Products { get; init; }

    /// <summary>Records dropped before parsing, by reason (<c>malformed</c>, <c>duplicate-id</c>).</summary>
    public required IReadOnlyDictionary<string, int> RecordsDropped { get; init; }

    /// <summary>
    /// Values that did not parse or were implausible and were read as missing (lenient mode), and a file-level
    /// problem such as an encoding that is not UTF-8 (with no column).
    /// </summary>
    public required IReadOnlyList<CatalogProblem> Problems { get; init; }

    /// <summary>Records dropped as unusable, with the reason and line.</summary>
    public required IReadOnlyList<CatalogProblem> RecordProblems { get; init; }

    /// <summary>Per column, how many parsed products have no usable value in it.</summary>
    public required IReadOnlyDictionary<string, int> MissingCounts { get; init; }

    /// <summary>Per link column, how many parts of it are not product links (each also among the problems).</summary>
    public IReadOnlyDictionary<string, int> NotLinks { get; init; } = new Dictionary<string, int>();

    /// <summary>Columns of the layout that the file's header lacks (read as empty).</summary>
    public required IReadOnlyList<string> AbsentColumns { get; init; }

    /// <summary>Header columns that are not part of the layout (ignored).</summary>
    public IReadOnlyList<string> UnknownColumns { get; init; } = [];

    /// <summary>Blank lines between records; they hold no data and are not records.</summary>
    public int BlankLines { get; init; }
}
