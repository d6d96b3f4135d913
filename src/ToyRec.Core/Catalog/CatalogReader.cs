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
        if (Directory.Exists(path))
            throw new FileNotFoundException($"Catalogue path '{path}' is a folder; expected a CSV file.", path);
        if (!File.Exists(path))
            throw new FileNotFoundException($"Catalogue file '{path}' does not exist.", path);
        var (text, encodingProblem) = Decode(File.ReadAllBytes(path), path);
        var raw = ReadText(text, path);
        return encodingProblem is null ? raw : raw with { Problems = [encodingProblem, .. raw.Problems] };
    }

    // Decodes UTF-8; a file that is not valid UTF-8 is read as Latin-1 (where '£' is the byte A3), and the first
    // bad byte is reported, or in strict mode thrown.
    private (string Text, CatalogProblem? Problem) Decode(byte[] bytes, string path)
    {
        try
        {
            return (new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes), null);
        }
        catch (DecoderFallbackException e)
        {
            int offset = Math.Max(0, e.Index);
            int line = 1 + bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n');
            var problem = new CatalogProblem(path, line, null,
                $"byte 0x{bytes[Math.Min(offset, bytes.Length - 1)]:X2} at offset {offset} is not UTF-8; the file " +
                "was read as Latin-1", "a UTF-8 file");
            if (_strict)
                throw new CatalogFormatException(problem);
            return (Encoding.Latin1.GetString(bytes), problem);
        }
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
        var unknown = columns.Keys.Where(c => !CatalogColumns.All.Contains(c)).ToList();

        var products = new List<Product>();
        var problems = new List<CatalogProblem>();
        var recordProblems = new List<CatalogProblem>();
        var dropped = new Dictionary<string, int>();
        var missing = CatalogColumns.All.ToDictionary(c => c, _ => 0);
        var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
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

            if (!firstLineOfId.TryAdd(product.Id, record.Line))
            {
                Drop(DuplicateId, new CatalogProblem(sourceName, record.Line, CatalogColumns.Id, product.Id,
                    $"a new id (line {firstLineOfId[product.Id]} has it already)"));
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
            UnknownColumns = unknown,
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
        {
            return "a quoted field is not closed before the end of the file, so the record runs to the last " +
                $"line ({record.EndLine}) and lines {record.Line}-{record.EndLine} are dropped";
        }

        if (record.Fields.Count != expectedFields)
            return $"the record has {record.Fields.Count} fields, the header {expectedFields}";
        if (record.HasTextAfterQuote)
            return "a quoted field has text after its closing quote";
        return null;
    }

    private static Dictionary<string, int> MapHeader(CsvRecord header, string sourceName)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < header.Fields.Count; i++)
        {
            string name = header.Fields[i].Trim();
            if (!columns.TryAdd(name, i))
            {
                throw new CatalogFormatException($"{sourceName}, line 1: the column '{name}' appears twice (columns " +
                    $"{columns[name] + 1} and {i + 1}); expected each column once.");
            }
        }

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
