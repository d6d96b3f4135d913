using System.Text;
using ToyRec.Catalog;

namespace ToyRec.Core.Tests;

/// <summary>Builds small catalogue files in the Kaggle layout from just the columns a test cares about.</summary>
internal static class TestCatalogs
{
    public static string Csv(params Dictionary<string, string>[] rows)
    {
        var text = new StringBuilder(string.Join(",", CatalogColumns.All)).Append('\n');
        foreach (var row in rows)
        {
            text.Append(string.Join(",", CatalogColumns.All.Select(c => Quote(row.GetValueOrDefault(c, "")))));
            text.Append('\n');
        }

        return text.ToString();
    }

    public static Dictionary<string, string> Row(string id, string name, string category = "Games > Board Games",
        string manufacturer = "", string price = "£1.00", string reviews = "1", string alsoBought = "") => new()
        {
            [CatalogColumns.Id] = id,
            [CatalogColumns.Name] = name,
            [CatalogColumns.Category] = category,
            [CatalogColumns.Manufacturer] = manufacturer,
            [CatalogColumns.Price] = price,
            [CatalogColumns.ReviewCount] = reviews,
            [CatalogColumns.AlsoBought] = alsoBought,
        };

    public static (ProductCatalog Catalog, CleaningReport Report) Clean(string csv) =>
        CatalogCleaner.Clean(new CatalogReader().ReadText(csv, "test.csv"));

    public static string Link(string slug) => "http://www.amazon.co.uk/" + slug;

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
