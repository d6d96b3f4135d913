using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;

namespace ToyRec.Cli;

/// <summary>
/// Numeric options with their own parser, so that a value that is not a number, or out of range, is a usage error
/// that names the option, the value and the range ("--hidden is 100000000; expected a whole number from 1 to
/// 8192.") instead of System.CommandLine's message with .NET type names.
/// </summary>
internal static class NumberOptions
{
    /// <summary>A whole-number option with a default.</summary>
    public static Option<int> Int(string name, string description, int defaultValue, int min, int max,
        params string[] aliases)
    {
        var option = new Option<int>(name, aliases) { Description = description };
        option.DefaultValueFactory = _ => defaultValue;
        option.CustomParser = result => Parse(result, name, min, max, whole: true) ?? defaultValue;
        return option;
    }

    /// <summary>A whole-number option that may be left out (null).</summary>
    public static Option<int?> OptionalInt(string name, string description, int min, int max) =>
        Optional<int>(name, description, min, max, whole: true);

    /// <summary>A number option with a default.</summary>
    public static Option<double> Double(string name, string description, double defaultValue, double min,
        double max)
    {
        var option = new Option<double>(name) { Description = description };
        option.DefaultValueFactory = _ => defaultValue;
        option.CustomParser = result => Parse(result, name, min, max, whole: false) ?? defaultValue;
        return option;
    }

    /// <summary>A number option that may be left out (null).</summary>
    /// <param name="name">The option's name, as messages give it.</param>
    /// <param name="description">The help text.</param>
    /// <param name="min">The smallest value allowed.</param>
    /// <param name="max">The largest value allowed.</param>
    /// <param name="whole">Whether only whole numbers are allowed.</param>
    /// <param name="kind">What the value is, for the range message ("a child's age in years").</param>
    /// <param name="aboveMin">Whether <paramref name="min"/> itself is excluded (the value must be more than
    /// it).</param>
    public static Option<T?> Optional<T>(string name, string description, T min, T max, bool whole = false,
        string? kind = null, bool aboveMin = false)
        where T : struct, INumber<T>
    {
        var option = new Option<T?>(name) { Description = description };
        option.CustomParser = result => Parse(result, name, min, max, whole, kind, aboveMin);
        return option;
    }

    // NaN and infinities fail the range test (comparisons with NaN are false), so they are reported as out of range.
    private static T? Parse<T>(ArgumentResult result, string name, T min, T max, bool whole, string? kind = null,
        bool aboveMin = false)
        where T : struct, INumber<T>
    {
        if (result.Tokens.Count == 0)
            return null;
        string text = result.Tokens[^1].Value;
        var style = whole ? NumberStyles.Integer : NumberStyles.Float;
        string number = whole ? "a whole number" : "a number";
        string range = aboveMin
            ? $"expected {kind ?? number} more than {Format(min)} and at most {Format(max)}."
            : $"expected {kind ?? number} from {Format(min)} to {Format(max)}.";
        if (!T.TryParse(text, style, CultureInfo.InvariantCulture, out var value))
        {
            // A whole number too large for the type is out of range; anything else is not a number of the kind.
            bool tooLarge = whole && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture,
                out double real) && double.IsFinite(real) && real == Math.Floor(real);
            result.AddError(tooLarge ? $"{name} is {text}; {range}" : $"{name}: '{text}' is not {number}.");
            return null;
        }

        if (!((aboveMin ? value > min : value >= min) && value <= max))
        {
            result.AddError($"{name} is {Format(value)}; {range}");
            return null;
        }

        return value;
    }

    private static string Format<T>(T value)
        where T : INumber<T> => value.ToString(null, CultureInfo.InvariantCulture);
}
