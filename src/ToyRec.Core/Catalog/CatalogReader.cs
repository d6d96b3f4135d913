using System.Text;

namespace ToyRec.Catalog;

/// <summary>
/// Reads a catalogue in the Kaggle "Toy Products on Amazon" layout. Columns are found by header name, in any
/// order; a missing optional column reads as empty. Every value is parsed into <see cref="Product"/>.
/// </summary>
/// <remarks>
/// In the lenient default mode a value that does not parse leaves that field missing and is recorded in
/// <see cref="RawCatalog.Problems"/>; in strict mode the first such value throws
/// <see cref="CatalogFormatException"/> naming file, line, column and value. A record with the wrong number of
/// fields, or an unclosed quote, is dropped as <c>malformed</c> (strict mode throws for it too).
/// </remarks>
public sealed class CatalogReader
{
    /// <summary>Reason name for records with the wrong number of fields or an unclosed quote.</summary>
    public const string Malformed = "malformed";

    /// <summary>Reason name for a record whose id was already seen.</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>Reason name for a record without an id or a name.</summary>
    public const string MissingIdOrName = "no-id-or-name";

    private readonly bool _strict;

    /// <summary>Creates a reader.</summary>
    /// <param name="strict">Stop at the first problem instead of counting it.</param>
    public CatalogReader(bool strict = false) => _strict = strict;

    /// <summary>Reads a catalogue file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="CatalogFormatException">
    /// The header lacks a required column, or strict mode met a problem.
    /// </exception>
    public RawCatalog ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
            throw new FileNotFoundException($"Catalogue file '{path}' does not exist.", path);
        return ReadText(File.ReadAllText(path, Encoding.UTF8), path);
    }

    /// <summary>Reads catalogue text; <paramref name="sourceName"/> names it in messages.</summary>
    public RawCatalog ReadText(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new CsvRecordReader(text);
        if (!reader.TryRead(out var header))
            throw new CatalogFormatException($"{sourceName}: the file is empty; expected a header line.");
        var columns = MapHeader(header, sourceName);
        var absent = CatalogColumns.All.Where(c => !columns.ContainsKey(c)).ToList();

        var products = new List<Product>();
        var problems = new List<CatalogProblem>();
        var recordProblems = new List<CatalogProblem>();
        var dropped = new Dictionary<string, int>();
        var missing = CatalogColumns.All.ToDictionary(c => c, _ => 0);
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        int recordsRead = 0;

        foreach (var record in reader.ReadAll())
        {
            recordsRead++;
            string? recordError = CheckShape(record, header.Fields.Count);
            if (recordError is not null)
            {
                Drop(Malformed, new CatalogProblem(sourceName, record.Line, null, recordError, "a complete record"));
                continue;
            }

            var row = new RowParser(record, columns, sourceName, _strict, problems, missing);
            var product = row.Parse();
            if (product is null)
            {
                Drop(MissingIdOrName, new CatalogProblem(sourceName, record.Line, null,
                    "the record has no uniq_id or no product_name", "both to be present"));
                continue;
            }

            if (!seenIds.Add(product.Id))
            {
                Drop(DuplicateId, new CatalogProblem(sourceName, record.Line, CatalogColumns.Id, product.Id,
                    "an id not seen on an earlier line"));
                continue;
            }

            products.Add(product);
        }

        return new RawCatalog
        {
            SourceName = sourceName,
            RecordsRead = recordsRead,
            Products = products,
            RecordsDropped = dropped,
            Problems = problems,
            RecordProblems = recordProblems,
            MissingCounts = missing,
            AbsentColumns = absent,
            BlankLines = reader.BlankLinesSkipped,
        };

        void Drop(string reason, CatalogProblem problem)
        {
            if (_strict)
                throw new CatalogFormatException(problem);
            dropped[reason] = dropped.GetValueOrDefault(reason) + 1;
            recordProblems.Add(problem);
        }
    }

    private static string? CheckShape(CsvRecord record, int expectedFields)
    {
        if (record.HasUnclosedQuote)
            return "a quoted field is not closed before the end of the file";
        if (record.Fields.Count != expectedFields)
            return $"the record has {record.Fields.Count} fields, the header {expectedFields}";
        return null;
    }

    private static Dictionary<string, int> MapHeader(CsvRecord header, string sourceName)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < header.Fields.Count; i++)
            columns.TryAdd(header.Fields[i].Trim(), i);
        var lacking = CatalogColumns.Required.Where(c => !columns.ContainsKey(c)).ToList();
        if (lacking.Count > 0)
        {
            throw new CatalogFormatException(
                $"{sourceName}, line 1: the header lacks the column(s) {string.Join(", ", lacking)}; expected the " +
                $"Kaggle layout ({string.Join(",", CatalogColumns.All)}).");
        }

        return columns;
    }
}
