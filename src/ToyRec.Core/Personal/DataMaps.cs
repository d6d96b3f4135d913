using System.Text.Json;

namespace ToyRec.Personal;

/// <summary>
/// The tables of a P5-style <c>datamaps.json</c> beside <c>sequential.txt</c>: the Amazon ASIN of each item id
/// (<c>id2item</c>), so log items can be shown by ASIN and joined to catalogue products, and the Amazon reviewer id
/// of each user id (<c>id2user</c>, optional), so a user can be named either way.
/// </summary>
public sealed class DataMaps
{
    /// <summary>The file name looked for beside a sequential log.</summary>
    public const string FileName = "datamaps.json";

    private readonly Dictionary<string, string> _asinByItem;
    private readonly Dictionary<string, string> _userByReviewer;
    private readonly HashSet<string> _sharedReviewers;

    private DataMaps(string path, Dictionary<string, string> asinByItem, Dictionary<string, string> userByReviewer,
        HashSet<string> sharedReviewers)
    {
        Source = path;
        _asinByItem = asinByItem;
        _userByReviewer = userByReviewer;
        _sharedReviewers = sharedReviewers;
    }

    /// <summary>The file the maps were read from.</summary>
    public string Source { get; }

    /// <summary>Whether the file has an <c>id2user</c> table with at least one user.</summary>
    public bool HasReviewers => _userByReviewer.Count > 0 || _sharedReviewers.Count > 0;

    /// <summary>Number of items with an ASIN.</summary>
    public int Count => _asinByItem.Count;

    /// <summary>The ASIN of an item id, or null.</summary>
    public string? AsinOf(string itemId) => _asinByItem.GetValueOrDefault(itemId);

    /// <summary>The log's user id of an Amazon reviewer id (such as <c>AQW172A5SG5OC</c>), or null.</summary>
    /// <exception cref="InvalidDataException">The table gives the reviewer id to more than one user.</exception>
    public string? UserOfReviewer(string reviewerId)
    {
        if (_sharedReviewers.Contains(reviewerId))
        {
            throw new InvalidDataException($"{Source}: id2user gives the reviewer id '{reviewerId}' to more than one " +
                "user; expected each reviewer once.");
        }

        return _userByReviewer.GetValueOrDefault(reviewerId);
    }

    /// <summary>Reads the <c>id2item</c> object of a datamaps file, and its <c>id2user</c> one when present.</summary>
    /// <exception cref="InvalidDataException">The file is not JSON with an <c>id2item</c> object of strings, a
    /// table gives a key twice, or its <c>id2user</c> is not an object of strings.</exception>
    /// <exception cref="DataFileException">The file is larger than <see cref="DataFiles.MaxFileBytes"/>.</exception>
    public static DataMaps Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes = DataFiles.ReadAllBytesBounded(path, "datamaps");
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
            throw new InvalidDataException($"{path}: not UTF-8 text; expected a datamaps.json file.");
        JsonDocument document;
        try
        {
            // A byte-order mark, which some editors write, is not JSON but says nothing wrong about the file.
            document = JsonDocument.Parse(bytes.AsMemory(bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}, line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: not " +
                "JSON; expected a datamaps.json file (an object with id2item and id2user tables).", e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{path}: the file is a JSON {document.RootElement.ValueKind}; " +
                    "expected an object with id2item and id2user tables.");
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!names.Add(property.Name))
                {
                    throw new InvalidDataException(
                        $"{path}: '{property.Name}' is given twice; expected each table once.");
                }
            }

            if (!document.RootElement.TryGetProperty("id2item", out var items)
                || items.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{path}: no 'id2item' object; expected a datamaps.json file (an " +
                    "object with id2item and id2user tables).");
            }

            var asins = Table(path, "id2item", items, "an ASIN");
            var userByReviewer = new Dictionary<string, string>(StringComparer.Ordinal);
            var shared = new HashSet<string>(StringComparer.Ordinal);
            if (document.RootElement.TryGetProperty("id2user", out var users))
            {
                if (users.ValueKind != JsonValueKind.Object)
                    throw new InvalidDataException($"{path}: 'id2user' is {users.ValueKind}; expected an object.");
                foreach (var (user, reviewer) in Table(path, "id2user", users, "a reviewer id"))
                {
                    // A reviewer given to two users names neither: asking for it says so rather than pick one.
                    if (!userByReviewer.TryAdd(reviewer, user))
                        shared.Add(reviewer);
                }

                foreach (string reviewer in shared)
                    userByReviewer.Remove(reviewer);
            }

            return new DataMaps(path, asins, userByReviewer, shared);
        }
    }

    /// <summary>The maps beside a log file (same folder, <see cref="FileName"/>), or null when there is none.</summary>
    /// <exception cref="InvalidDataException">A folder has the file's name, or the file is not a datamaps file.
    /// </exception>
    public static DataMaps? Beside(string logPath)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(logPath));
        string path = Path.Combine(folder ?? ".", FileName);
        if (Directory.Exists(path))
            throw new InvalidDataException($"{path} is a folder; expected the log's datamaps.json file, or nothing.");
        return File.Exists(path) ? Read(path) : null;
    }

    private static Dictionary<string, string> Table(string path, string name, JsonElement table, string expected)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in table.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.String)
            {
                throw new InvalidDataException(
                    $"{path}: {name}['{entry.Name}'] is {entry.Value.ValueKind}; expected {expected} string.");
            }

            if (!map.TryAdd(entry.Name, entry.Value.GetString()!))
                throw new InvalidDataException($"{path}: {name} gives '{entry.Name}' twice; expected each id once.");
        }

        return map;
    }
}
