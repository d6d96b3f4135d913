namespace ToyRec.Catalog;

/// <summary>
/// What cleaning did to the file: every record read is either kept or counted under a drop reason, so
/// <see cref="RowsRead"/> = <see cref="RowsKept"/> + the sum of <see cref="RowsDropped"/>.
/// </summary>
public sealed record CleaningReport
{
    /// <summary>Reason for rows without a category.</summary>
    public const string NoCategory = "no-category";

    /// <summary>How many problem messages <see cref="ProblemExamples"/> holds at most.</summary>
    public const int MaxProblemExamples = 10;

    /// <summary>The file's name.</summary>
    public required string Source { get; init; }

    /// <summary>Records after the header, malformed ones included.</summary>
    public required int RowsRead { get; init; }

    /// <summary>Products kept.</summary>
    public required int RowsKept { get; init; }

    /// <summary>Dropped records per reason.</summary>
    public required IReadOnlyDictionary<string, int> RowsDropped { get; init; }

    /// <summary>Columns dropped for being mostly missing.</summary>
    public required IReadOnlyList<string> DroppedFields { get; init; }

    /// <summary>
    /// Columns at or above <see cref="DropThreshold"/> that are kept anyway: the id, name and category, which
    /// cleaning needs, and the description texts, which the models read and where a missing one is empty text.
    /// </summary>
    public IReadOnlyList<string> KeptMostlyMissingFields { get; init; } = [];

    /// <summary>The missing rate at or above which a column is dropped.</summary>
    public required double DropThreshold { get; init; }

    /// <summary>Per column, the fraction of parsed records with no usable value, before any row is dropped.</summary>
    public required IReadOnlyDictionary<string, double> MissingRates { get; init; }

    /// <summary>Prices imputed per fallback level (<c>category-path</c>, <c>top-level</c>, <c>global</c>).</summary>
    public required IReadOnlyDictionary<string, int> PricesImputed { get; init; }

    /// <summary>How "also bought" links resolved.</summary>
    public required LinkStatistics Links { get; init; }

    /// <summary>How "bought after viewing" links resolved.</summary>
    public required LinkStatistics ViewedLinks { get; init; }

    /// <summary>
    /// Values reported per column: those that did not parse or were implausible (each read as missing) and text with
    /// control characters (kept without them).
    /// </summary>
    public required IReadOnlyDictionary<string, int> ValueProblems { get; init; }

    /// <summary>
    /// Parts of a link column that are not product links, per column: reported among the value problems and not
    /// counted in <see cref="Links"/> or <see cref="ViewedLinks"/>.
    /// </summary>
    public IReadOnlyDictionary<string, int> NotLinks { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// Up to <see cref="MaxProblemExamples"/> problem messages, each naming file and line, in file order: any
    /// problem of the whole file, the first record dropped for each reason, the first bad value of each column
    /// while there is room, then the next problems of the file.
    /// </summary>
    public required IReadOnlyList<string> ProblemExamples { get; init; }

    /// <summary>Kept products with any description, product description or product information text.</summary>
    public required int ProductsWithDescriptionText { get; init; }

    /// <summary>Groups of exact duplicates (same normalised name and manufacturer) among kept products.</summary>
    public required int DuplicateGroups { get; init; }

    /// <summary>Blank lines skipped between records.</summary>
    public int BlankLines { get; init; }

    /// <summary>The line and reason of every dropped record, in file order (the examples show only a few).</summary>
    public IReadOnlyList<DroppedRecord> DroppedRecords { get; init; } = [];

    /// <summary>Columns of the layout that the file lacked.</summary>
    public IReadOnlyList<string> AbsentColumns { get; init; } = [];

    /// <summary>Header columns that are not part of the layout (ignored).</summary>
    public IReadOnlyList<string> UnknownColumns { get; init; } = [];
}
