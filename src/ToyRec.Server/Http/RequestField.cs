using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace ToyRec.Server.Http;

/// <summary>
/// A field of a JSON request body or a query parameter: its name on the wire, what it takes as a message says it,
/// and the same bounds as the OpenAPI document states them. The factories build both from one set of numbers
/// (the <see cref="Limits"/> the checks use), so the message and the document cannot drift apart.
/// </summary>
/// <param name="Name">The JSON or query name (camelCase).</param>
/// <param name="Expects">What the value must be, to follow "must be" (e.g. "a whole number from 1 to 100").</param>
public sealed record RequestField(string Name, string Expects)
{
    /// <summary>The JSON type of the value; an array in a query string is the parameter given once per item.</summary>
    public JsonSchemaType Type { get; init; } = JsonSchemaType.String;

    public decimal? Minimum { get; init; }

    /// <summary>A bound the value must be above, not reach.</summary>
    public decimal? ExclusiveMinimum { get; init; }

    public decimal? Maximum { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public int? MaxItems { get; init; }

    /// <summary>A regular expression the whole value must match.</summary>
    public string? Pattern { get; init; }

    /// <summary>The only values allowed; empty allows any.</summary>
    public IReadOnlyList<string> OneOf { get; init; } = [];

    /// <summary>The value used when the field is left out, where it is a fixed one.</summary>
    public JsonNode? Default { get; init; }

    /// <summary>Whether a query string may give the parameter more than once (each time one more item).</summary>
    public bool IsArray => Type == JsonSchemaType.Array;

    public static RequestField WholeNumber(string name, int min, int max, int? fallback = null) =>
        new(name, $"a whole number from {min} to {max}")
        {
            Type = JsonSchemaType.Integer,
            Minimum = min,
            Maximum = max,
            Default = fallback is { } value ? JsonValue.Create(value) : null,
        };

    public static RequestField Number(string name, decimal min, decimal max) =>
        new(name, string.Create(CultureInfo.InvariantCulture, $"a number from {min} to {max}"))
        {
            Type = JsonSchemaType.Number,
            Minimum = min,
            Maximum = max,
        };

    public static RequestField Price(string name) => Number(name, Limits.MinPrice, Limits.MaxPrice) with
    {
        Expects = RequestErrors.PriceRange,
    };

    public static RequestField TrueOrFalse(string name) =>
        new(name, "true or false") { Type = JsonSchemaType.Boolean, Default = JsonValue.Create(false) };

    public static RequestField Text(string name, string expects, int? minLength = null, int? maxLength = null) =>
        new(name, expects) { MinLength = minLength, MaxLength = maxLength };

    /// <summary>An array of strings, at most <paramref name="maxItems"/> long when given.</summary>
    public static RequestField Strings(string name, string expects, int? maxItems = null) =>
        new(name, expects) { Type = JsonSchemaType.Array, MaxItems = maxItems };
}
