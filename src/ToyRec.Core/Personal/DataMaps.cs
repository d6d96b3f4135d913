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

    private DataMaps(Dictionary<string, string> asinByItem, Dictionary<string, string> userByReviewer)
    {
        _asinByItem = asinByItem;
        _userByReviewer = userByReviewer;
    }

    /// <summary>Number of items with an ASIN.</summary>
    public int Count => _asinByItem.Count;

    /// <summary>The ASIN of an item id, or null.</summary>
    public string? AsinOf(string itemId) => _asinByItem.GetValueOrDefault(itemId);

    /// <summary>The log's user id of an Amazon reviewer id (such as <c>AQW172A5SG5OC</c>), or null.</summary>
    public string? UserOfReviewer(string reviewerId) => _userByReviewer.GetValueOrDefault(reviewerId);

    /// <summary>Reads the <c>id2item</c> object of a datamaps file, and its <c>id2user</c> one when present.</summary>
    /// <exception cref="InvalidDataException">The file is not JSON with an <c>id2item</c> object of strings, or
    /// its <c>id2user</c> is not an object of strings.</exception>
    public static DataMaps Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not JSON ({e.Message}); expected a datamaps.json file.", e);
        }

        using (document)
        {
            if (!document.RootElement.TryGetProperty("id2item", out var items)
                || items.ValueKind != JsonValueKind.Object)
                throw new InvalidDataException($"{path}: no 'id2item' object; expected P5 datamaps.json.");
            var asins = Table(path, "id2item", items, "an ASIN");
            var userByReviewer = new Dictionary<string, string>(StringComparer.Ordinal);
            if (document.RootElement.TryGetProperty("id2user", out var users))
            {
                if (users.ValueKind != JsonValueKind.Object)
                    throw new InvalidDataException($"{path}: 'id2user' is {users.ValueKind}; expected an object.");
                foreach (var (user, reviewer) in Table(path, "id2user", users, "a reviewer id"))
                    userByReviewer.TryAdd(reviewer, user);
            }

            return new DataMaps(asins, userByReviewer);
        }
    }

    /// <summary>The maps beside a log file (same folder, <see cref="FileName"/>), or null when there is none.</summary>
    public static DataMaps? Beside(string logPath)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(logPath));
        string path = Path.Combine(folder ?? ".", FileName);
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

            map[entry.Name] = entry.Value.GetString()!;
        }

        return map;
    }
}
