using System.Buffers;
using System.Text;
using System.Text.Unicode;

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
    /// <exception cref="DataFileException">The file is larger than <see cref="DataFiles.MaxFileBytes"/>.</exception>
    public RawCatalog ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
            throw new FileNotFoundException($"Catalogue path '{path}' is a folder; expected a CSV file.", path);
        if (!File.Exists(path))
            throw new FileNotFoundException($"Catalogue file '{path}' does not exist.", path);
        var (text, encodingProblem) = Decode(DataFiles.ReadAllBytesBounded(path, "catalogue"), path);
        var raw = ReadText(text, path);
        return encodingProblem is null ? raw : raw with { Problems = [encodingProblem, .. raw.Problems] };
    }

    // Decodes UTF-8 (or UTF-16 with its byte-order mark). A file that is not valid UTF-8 is one of two things: a
    // UTF-8 file with a few damaged bytes, when it also holds valid multi-byte sequences (the shared file's '£' is
    // C2 A3), which is decoded with U+FFFD for each bad byte so that nothing else changes; or a Latin-1 file (where
    // '£' is the byte A3). Either way the first bad byte is reported, or in strict mode thrown.
    private (string Text, CatalogProblem? Problem) Decode(byte[] bytes, string path)
    {
        if (bytes is [0xFF, 0xFE, ..])
            return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), null);
        if (bytes is [0xFE, 0xFF, ..])
            return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), null);
        if (Utf8.IsValid(bytes))
            return (Encoding.UTF8.GetString(bytes), null);
        var (validSequences, badBytes, firstBad) = Utf8Census(bytes);
        int line = 1 + bytes.AsSpan(0, firstBad).Count((byte)'\n');
        bool damagedUtf8 = validSequences > badBytes;
        string how = damagedUtf8
            ? $"{badBytes} byte(s) in the file are not UTF-8 and read as U+FFFD; the rest was read as UTF-8"
            : "the file was read as Latin-1";
        var problem = new CatalogProblem(path, line, null,
            $"byte 0x{bytes[firstBad]:X2} at offset {firstBad} is not UTF-8; {how}", "a UTF-8 file");
        if (_strict)
            throw new CatalogFormatException(problem);
        return (damagedUtf8 ? new UTF8Encoding(false, false).GetString(bytes) : Encoding.Latin1.GetString(bytes),
            problem);
    }

    // Counts the well-formed multi-byte UTF-8 sequences and the bytes that belong to none, and finds the first
    // of those, with the framework's decoder (which rejects overlong and surrogate forms too).
    private static (int ValidSequences, int BadBytes, int FirstBad) Utf8Census(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, bad = 0, firstBad = -1;
        for (int i = 0; i < bytes.Length;)
        {
            var status = Rune.DecodeFromUtf8(bytes[i..], out _, out int consumed);
            if (status == OperationStatus.Done)
            {
                if (consumed > 1)
                    valid++;
            }
            else
            {
                if (bad == 0)
                    firstBad = i;
                bad += consumed;
            }

            i += consumed;
        }

        return (valid, bad, firstBad);
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
        var unknown = columns.Keys.Where(c => !CatalogColumns.All.Contains(c, StringComparer.OrdinalIgnoreCase))
            .ToList();

        var products = new List<Product>();
        var problems = new List<CatalogProblem>();
        var recordProblems = new List<CatalogProblem>();
        var dropped = new Dictionary<string, int>();
        var missing = CatalogColumns.All.ToDictionary(c => c, _ => 0);
        var notLinks = new Dictionary<string, int>();
        var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        int recordsRead = 0;

        foreach (var record in reader.ReadAll())
        {
            recordsRead++;
            string? recordError = CheckShape(record, header.Fields.Count);
            if (recordError is not null)
            {
                // Its id, when the record reaches the id column, lets a later lookup say why the product is missing.
                string? id = columns.TryGetValue(CatalogColumns.Id, out int idColumn) && idColumn < record.Fields.Count
                    && record.Fields[idColumn].Trim() is { Length: > 0 } value ? value : null;
                Drop(Malformed, new CatalogProblem(sourceName, record.Line, null, recordError, "a complete record")
                {
                    DroppedId = id,
                });
                continue;
            }

            var row = new RowParser(record, columns, sourceName, _strict, problems, missing, notLinks);
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
            NotLinks = notLinks,
            AbsentColumns = absent,
            UnknownColumns = unknown,
            BlankLines = reader.BlankLinesSkipped,
        };

        void Drop(string reason, CatalogProblem problem)
        {
            if (_strict)
                throw new CatalogFormatException(problem);
            dropped[reason] = dropped.GetValueOrDefault(reason) + 1;
            recordProblems.Add(problem with { DropReason = reason });
        }
    }

    private static string? CheckShape(CsvRecord record, int expectedFields)
    {
        if (record.HasUnclosedQuote)
        {
            return "a quoted field is not closed before the end of the file, so the record runs to the last " +
                $"line ({record.EndLine}) and lines {record.Line}-{record.EndLine} are dropped";
        }

        // A stray quote makes a record swallow the lines up to the next quote: say which lines were lost with it.
        string span = record.EndLine > record.Line ? $" (lines {record.Line}-{record.EndLine}, dropped with it)" : "";
        if (record.Fields.Count != expectedFields)
            return $"the record has {record.Fields.Count} fields, the header {expectedFields}{span}";
        if (record.HasTextAfterQuote)
            return "a quoted field has text after its closing quote" + span;
        return null;
    }

    // Column names match whatever their case ("PRICE" is price): spreadsheets like to change it.
    private static Dictionary<string, int> MapHeader(CsvRecord header, string sourceName)
    {
        // A file that starts with a record (its header line lost) would otherwise be told its first product's text
        // appears twice as a column name.
        if (!header.Fields.Any(f => CatalogColumns.All.Contains(f.Trim(), StringComparer.OrdinalIgnoreCase)))
        {
            throw new CatalogFormatException($"{sourceName}, line 1: not a header line (none of its fields names a " +
                $"column; the first is '{CatalogProblem.Shorten(header.Fields[0].Trim())}'); expected the Kaggle " +
                $"layout's header ({string.Join(",", CatalogColumns.All)}).");
        }

        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
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
