using System.Globalization;
using System.Text;
using ToyRec.Text;

namespace ToyRec.Personal;

/// <summary>
/// Reads an interaction log in one of two formats: <c>sequential</c> (one line per user,
/// <c>user item item ...</c> separated by white space, oldest first, as the Amazon 5-core <c>sequential.txt</c>)
/// or <c>csv</c> (<c>user_id,item_id[,timestamp]</c>, one interaction per line, header optional).
/// </summary>
/// <remarks>
/// <para>A CSV header is recognised when its fields name a user and an item column in any order (<c>user_id</c>,
/// <c>user</c>, <c>userId</c>; <c>item_id</c>, <c>item</c>, <c>itemId</c>; a third field is the timestamp), and
/// the columns are then read by name (the remaining third one as the timestamp); without a header they are user,
/// item[, timestamp]. A field in double quotes is unquoted (<c>""</c> inside it reads as one quote). Whether lines
/// carry a timestamp is fixed by the header or the first data line; with timestamps (Unix seconds or ISO 8601) each
/// user's interactions are ordered by time, ties and untimed logs in file order.</para>
/// <para>Every line is kept or counted: lenient mode (the default) skips a bad line and counts it under a reason
/// in <see cref="InteractionLogReport.LinesSkipped"/> (blank lines and the header too, under <see cref="Blank"/> and
/// <see cref="Header"/>, so lines read = kept + the sum of the skipped counts); strict mode throws
/// <see cref="InteractionFormatException"/> naming file, line and value at the first one.</para>
/// </remarks>
public sealed class InteractionLogReader
{
    // ISO 8601: a date, or a date and time (with 'T' or a space, seconds and fractions optional), then an optional
    // zone ("K": "Z", "+01:00" or none, read as UTC).
    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mmK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    ];

    /// <summary>Reason for a line with the wrong number of fields.</summary>
    public const string WrongFieldCount = "wrong-field-count";

    /// <summary>Reason for a line with an empty user or item id.</summary>
    public const string EmptyId = "empty-id";

    /// <summary>Reason for a CSV line whose timestamp does not parse.</summary>
    public const string BadTimestamp = "bad-timestamp";

    /// <summary>Reason for a CSV line repeating a (user, item) pair already read.</summary>
    public const string RepeatedItem = "repeated-item";

    /// <summary>Reason for a sequential line for a user who already had one.</summary>
    public const string RepeatedUser = "repeated-user";

    /// <summary>Reason for a sequential line with a user and no items.</summary>
    public const string NoItems = "no-items";

    /// <summary>Reason for an empty or all-whitespace line.</summary>
    public const string Blank = "blank";

    /// <summary>Reason for the CSV header line (it names the columns and holds no interaction).</summary>
    public const string Header = "header";

    /// <summary>How many problem messages the report keeps.</summary>
    public const int ProblemExamples = 10;

    private static readonly string[] UserHeaders = ["user_id", "user", "userid", "reviewerid"];
    private static readonly string[] ItemHeaders = ["item_id", "item", "itemid", "asin"];

    private readonly bool _strict;

    /// <summary>Creates a reader.</summary>
    /// <param name="strict">Throw at the first bad line instead of skipping and counting it.</param>
    public InteractionLogReader(bool strict = false) => _strict = strict;

    /// <summary>
    /// Reads a file, as CSV when its first non-blank line contains a comma and as sequential otherwise.
    /// </summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InteractionFormatException">Strict mode met a bad line, no interaction was found, or the
    /// file is JSON or not UTF-8.</exception>
    /// <exception cref="DataFileException">The file is larger than <see cref="DataFiles.MaxFileBytes"/>.</exception>
    public InteractionLog ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
            throw new FileNotFoundException($"Interaction log '{path}' does not exist.", path);
        string text = Decode(DataFiles.ReadAllBytesBounded(path, "interaction log"), path);
        if (text.TrimStart().StartsWith('{') || text.TrimStart().StartsWith('['))
        {
            throw new InteractionFormatException($"'{path}' starts with '{text.TrimStart()[0]}', like JSON; expected " +
                "'user item item ...' lines (sequential.txt) or a user_id,item_id[,timestamp] CSV.");
        }

        using var reader = new StringReader(text);
        return LooksLikeCsv(text) ? ReadCsv(reader, path) : ReadSequential(reader, path);
    }

    /// <summary>Reads the sequential format; <paramref name="source"/> names the input in messages.</summary>
    public InteractionLog ReadSequential(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var state = new ReadState(source, _strict);
        var builder = new LogBuilder();
        var seenUsers = new HashSet<string>(StringComparer.Ordinal);
        var seenItems = new HashSet<int>();
        int repeated = 0;
        while (reader.ReadLine() is { } line)
        {
            state.LineNumber++;
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0)
            {
                state.SkipBlank();
                continue;
            }

            if (fields.Length == 1)
            {
                state.Skip(NoItems, $"'{fields[0]}' is a user with no items; expected 'user item item ...'");
                continue;
            }

            if (!seenUsers.Add(fields[0]))
            {
                state.Skip(RepeatedUser, $"user '{fields[0]}' already had a line; expected one line per user");
                continue;
            }

            var items = new List<int>(fields.Length - 1);
            seenItems.Clear();
            for (int f = 1; f < fields.Length; f++)
            {
                int item = builder.Item(fields[f]);
                if (seenItems.Add(item))
                {
                    items.Add(item);
                    continue;
                }

                if (_strict)
                {
                    throw new InteractionFormatException(
                        $"{source}, line {state.LineNumber}: item '{fields[f]}' appears twice for user " +
                        $"'{fields[0]}'; expected each item once per user.");
                }

                repeated++;
            }

            builder.AddUser(fields[0], items);
            state.Kept++;
        }

        return builder.Build(state.Report("sequential", 0, repeated));
    }

    /// <summary>Reads the CSV format; <paramref name="source"/> names the input in messages.</summary>
    public InteractionLog ReadCsv(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var state = new ReadState(source, _strict);
        var byUser = new Dictionary<string, List<(long Time, string Item)>>(StringComparer.Ordinal);
        var userOrder = new List<string>();
        var seenPairs = new HashSet<(string, string)>();
        int? fieldCount = null;
        int[] columns = [0, 1, 2];
        int header = 0;
        while (reader.ReadLine() is { } line)
        {
            state.LineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                state.SkipBlank();
                continue;
            }

            var fields = line.Split(',').Select(Unquote).ToArray();
            if (fieldCount is null)
            {
                if (fields.Length is not (2 or 3))
                {
                    state.Skip(WrongFieldCount, $"'{line}' has {fields.Length} fields; expected " +
                        "user_id,item_id[,timestamp]");
                    continue;
                }

                fieldCount = fields.Length;
                if (HeaderColumns(fields) is { } named)
                {
                    columns = named;
                    header = 1;
                    state.SkipHeader();
                    continue;
                }
            }

            if (fields.Length != fieldCount)
            {
                state.Skip(WrongFieldCount, $"'{line}' has {fields.Length} fields; expected {fieldCount} as on " +
                    "the first line");
                continue;
            }

            fields = fieldCount == 3 ? [fields[columns[0]], fields[columns[1]], fields[columns[2]]]
                : [fields[columns[0]], fields[columns[1]]];

            if (fields[0].Length == 0 || fields[1].Length == 0)
            {
                state.Skip(EmptyId, $"'{line}' has an empty {(fields[0].Length == 0 ? "user" : "item")} id");
                continue;
            }

            long time = 0;
            if (fieldCount == 3 && !TryParseTime(fields[2], out time))
            {
                state.Skip(BadTimestamp, $"timestamp '{fields[2]}' is neither Unix seconds nor an ISO 8601 date");
                continue;
            }

            if (!seenPairs.Add((fields[0], fields[1])))
            {
                state.Skip(RepeatedItem, $"user '{fields[0]}' already has item '{fields[1]}'; expected each " +
                    "pair once");
                continue;
            }

            if (!byUser.TryGetValue(fields[0], out var list))
            {
                byUser[fields[0]] = list = [];
                userOrder.Add(fields[0]);
            }

            list.Add((time, fields[1]));
            state.Kept++;
        }

        var builder = new LogBuilder();
        foreach (string user in userOrder)
        {
            // OrderBy is stable, so equal times (and untimed logs) keep their file order.
            var ordered = byUser[user].OrderBy(e => e.Time).Select(e => builder.Item(e.Item)).ToList();
            builder.AddUser(user, ordered);
        }

        return builder.Build(state.Report("csv", header, 0));
    }

    // Ids are ASCII in every known log, so a byte that is not UTF-8 means the wrong file or a damaged one; read on,
    // it would become U+FFFD inside an id that then matches nothing, unseen.
    private static string Decode(byte[] bytes, string path)
    {
        int start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        var span = bytes.AsSpan(start);
        int bad = Utf8Bytes.FirstInvalid(span);
        if (bad < 0)
            return Encoding.UTF8.GetString(span);
        int line = 1 + span[..bad].Count((byte)'\n');
        throw new InteractionFormatException($"{path}, line {line}: byte 0x{span[bad]:X2} at offset " +
            $"{start + bad} is not UTF-8; expected a UTF-8 (or ASCII) text file.");
    }

    private static bool LooksLikeCsv(string text)
    {
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
                return line.Contains(',', StringComparison.Ordinal);
        }

        return false;
    }

    // The positions of the user, item and (with three fields) timestamp columns when the line is a header.
    private static int[]? HeaderColumns(string[] fields)
    {
        int user = Array.FindIndex(fields, f => UserHeaders.Contains(f, StringComparer.OrdinalIgnoreCase));
        int item = Array.FindIndex(fields, f => ItemHeaders.Contains(f, StringComparer.OrdinalIgnoreCase));
        if (user < 0 || item < 0)
            return null;
        return fields.Length == 2 ? [user, item] : [user, item, 3 - user - item];
    }

    private static string Unquote(string field)
    {
        string trimmed = field.Trim();
        return trimmed.Length >= 2 && trimmed[0] == '"' && trimmed[^1] == '"'
            ? trimmed[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal).Trim()
            : trimmed;
    }

    private static bool TryParseTime(string text, out long seconds)
    {
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out seconds))
            return true;
        // ISO 8601 only: a general date parser would read "02/11/2014" in US order and put a UK log out of order.
        if (DateTimeOffset.TryParseExact(text.Trim(), IsoFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out var date))
        {
            seconds = date.ToUnixTimeSeconds();
            return true;
        }

        return false;
    }

    private sealed class ReadState(string source, bool strict)
    {
        private readonly Dictionary<string, int> _skipped = new(StringComparer.Ordinal);
        private readonly List<string> _problems = [];

        public int LineNumber { get; set; }

        public int Kept { get; set; }

        public int Blank { get; private set; }

        // Blank lines and the header are not errors, so strict mode counts them instead of throwing.
        public void SkipBlank()
        {
            Blank++;
            _skipped[InteractionLogReader.Blank] = Blank;
        }

        public void SkipHeader() => _skipped[Header] = 1;

        public void Skip(string reason, string what)
        {
            string message = $"{source}, line {LineNumber}: {what}.";
            if (strict)
                throw new InteractionFormatException(message);
            _skipped[reason] = _skipped.GetValueOrDefault(reason) + 1;
            if (_problems.Count < ProblemExamples)
                _problems.Add(message);
        }

        public InteractionLogReport Report(string format, int header, int repeated)
        {
            if (Kept == 0)
            {
                // The first skipped line says why, with its line and value.
                string first = _problems.Count > 0 ? $" The first skipped: {_problems[0]}" : "";
                throw new InteractionFormatException(
                    $"{source}: no interaction in {LineNumber} lines; expected the {format} format.{first}");
            }

            return new InteractionLogReport(source, format, LineNumber, Kept, Blank, header,
                new SortedDictionary<string, int>(_skipped, StringComparer.Ordinal), repeated, _problems);
        }
    }

    private sealed class LogBuilder
    {
        private readonly Dictionary<string, int> _items = new(StringComparer.Ordinal);
        private readonly List<string> _itemIds = [];
        private readonly List<string> _userIds = [];
        private readonly List<int[]> _sequences = [];

        public int Item(string id)
        {
            if (!_items.TryGetValue(id, out int index))
            {
                _items[id] = index = _itemIds.Count;
                _itemIds.Add(id);
            }

            return index;
        }

        public void AddUser(string id, List<int> items)
        {
            _userIds.Add(id);
            _sequences.Add([.. items]);
        }

        public InteractionLog Build(InteractionLogReport report) => new(_userIds, _itemIds, _sequences, report);
    }
}
