using System.Globalization;
using Xunit.Sdk;

namespace ToyRec.Core.Tests;

/// <summary>The one way tests compare floating-point values.</summary>
internal static class Tolerance
{
    public const double Default = 1e-9;

    /// <summary>
    /// Passes when the values are equal (infinities included) or within the relative tolerance of a finite expected
    /// value; a NaN on either side fails, since "not a number" is never an answer a test expects.
    /// </summary>
    public static void Equal(double expected, double actual, double tolerance = Default)
    {
        if (expected == actual)
            return;
        if (!double.IsFinite(expected) || !(Math.Abs(expected - actual) <= tolerance * Math.Max(1, Math.Abs(expected))))
        {
            throw new XunitException(string.Create(CultureInfo.InvariantCulture,
                $"expected {expected:R}, got {actual:R} (tolerance {tolerance:G3})"));
        }
    }
}
