using System.Text.Json;

namespace ToyRec.Personal;

/// <summary>
/// The <c>id2item</c> table of a P5-style <c>datamaps.json</c>: the Amazon ASIN of each item id of
/// <c>sequential.txt</c>, so log items can be shown by ASIN and joined to catalogue products.
/// </summary>
public sealed class ItemAsinMap
{
    /// <summary>The file name looked for beside a sequential log.</summary>
    public const string FileName = "datamaps.json";

    private readonly Dictionary<string, string> _asinByItem;

    private ItemAsinMap(Dictionary<string, string> asinByItem) => _asinByItem = asinByItem;

    /// <summary>Number of items with an ASIN.</summary>
    public int Count => _asinByItem.Count;

    /// <summary>The ASIN of an item id, or null.</summary>
    public string? AsinOf(string itemId) => _asinByItem.GetValueOrDefault(itemId);

    /// <summary>Reads the <c>id2item</c> object of a datamaps file.</summary>
    /// <exception cref="InvalidDataException">The file is not JSON with an <c>id2item</c> object of strings.
    /// </exception>
    public static ItemAsinMap Read(string path)
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
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in items.EnumerateObject())
            {
                if (entry.Value.ValueKind != JsonValueKind.String)
                {
                    throw new InvalidDataException(
                        $"{path}: id2item['{entry.Name}'] is {entry.Value.ValueKind}; expected an ASIN string.");
                }

                map[entry.Name] = entry.Value.GetString()!;
            }

            return new ItemAsinMap(map);
        }
    }

    /// <summary>The map beside a log file (same folder, <see cref="FileName"/>), or null when there is none.</summary>
    public static ItemAsinMap? Beside(string logPath)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(logPath));
        string path = Path.Combine(folder ?? ".", FileName);
        return File.Exists(path) ? Read(path) : null;
    }
}
