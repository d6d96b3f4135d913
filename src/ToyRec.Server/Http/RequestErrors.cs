using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ToyRec.Server.Http;

/// <summary>
/// Parses query values and checks ranges, keeping the first problem. Query values arrive as strings so that a
/// bad one gets a message naming the field and its range rather than the framework's binding error; which
/// parameters a query may have, and their encoding, <see cref="StrictQuery"/> checks before. Numbers are plain
/// decimal digits with an optional '-', fraction and exponent (<c>5</c>, <c>-2.5</c>, <c>1e3</c>; also <c>05</c>
/// and <c>.5</c>, which a web form's number field may send), and a boolean is <c>true</c> or <c>false</c>: no
/// '+' sign, spaces, thousands separators or other case, which a JSON body cannot send either.
/// </summary>
public sealed partial class RequestErrors
{
    /// <summary>What a price field takes, to follow "must be".</summary>
    public static readonly string PriceRange =
        string.Create(CultureInfo.InvariantCulture, $"a price in pounds from {Limits.MinPrice} to {Limits.MaxPrice}");

    /// <summary>The first problem found, or null.</summary>
    public ProblemHttpResult? Problem { get; private set; }

    public void Add(string field, string detail) => Problem ??= Problems.BadRequest(field, detail);

    public int Int(string? raw, string field, int min, int max, int fallback)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return fallback;
        if (PlainInteger().IsMatch(raw) &&
            int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
        {
            return Range(value, field, min, max);
        }

        Add(field, $"{field} must be a whole number from {min} to {max}; got '{raw}'.");
        return fallback;
    }

    public int Range(int value, string field, int min, int max)
    {
        if (value < min || value > max)
            Add(field, $"{field} must be from {min} to {max}; got {value}.");
        return value;
    }

    public decimal? Price(string? raw, string field)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return null;
        if (PlainNumber().IsMatch(raw) &&
            decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value))
        {
            return Price(value, field);
        }

        Add(field, $"{field} must be {PriceRange}; got '{raw}'.");
        return null;
    }

    public decimal? Price(decimal? value, string field)
    {
        if (value is < Limits.MinPrice or > Limits.MaxPrice)
            Add(field, string.Create(CultureInfo.InvariantCulture, $"{field} must be {PriceRange}; got {value}."));
        return value;
    }

    public void PriceOrder(decimal? min, decimal? max)
    {
        if (min is not null && max is not null && min > max)
            Add("maxPrice", $"maxPrice must be at least minPrice ({min}); got {max}.");
    }

    public bool Bool(string? raw, string field)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return false;
        if (raw is "true" or "false")
            return raw == "true";
        Add(field, $"{field} must be true or false; got '{raw}'.");
        return false;
    }

    public double Diversity(decimal? value, string field)
    {
        if (value is null)
            return (double)Limits.MinDiversity;
        if (value is < Limits.MinDiversity or > Limits.MaxDiversity)
        {
            Add(field, string.Create(CultureInfo.InvariantCulture,
                $"{field} must be from {Limits.MinDiversity} to {Limits.MaxDiversity}; got {value}."));
        }

        return (double)value.Value;
    }

    /// <summary>
    /// Checks that every category names a level of some product's category path (ignoring case), and gives the
    /// names as the catalogue spells them; a problem lists the top-level ones.
    /// </summary>
    public HashSet<string> Categories(IEnumerable<string?> values, IReadOnlyDictionary<string, string> levels,
        IReadOnlyList<string> topLevels, string field)
    {
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string? value in values)
        {
            if (string.IsNullOrWhiteSpace(value))
                continue;
            if (!levels.TryGetValue(value.Trim(), out string? match))
            {
                // Joined with semicolons: several category names have commas in them.
                Add(field, $"{field}: '{ShownText.Of(value)}' is not a category at any level of a product's path; " +
                    $"the top-level ones are: {string.Join("; ", topLevels)}.");
                continue;
            }

            chosen.Add(match);
        }

        return chosen;
    }

    [GeneratedRegex(@"\A-?[0-9]+\z")]
    private static partial Regex PlainInteger();

    [GeneratedRegex(@"\A-?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?\z")]
    private static partial Regex PlainNumber();
}
