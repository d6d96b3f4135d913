using System.Globalization;
using Xunit.Sdk;

namespace ToyRec.Core.Tests;

/// <summary>The one way tests compare floating-point values.</summary>
internal static class Tolerance
{
    public const double Default = 1e-9;

    public static void Equal(double expected, double actual, double tolerance = Default)
    {
        if (double.IsNaN(actual) || Math.Abs(expected - actual) > tolerance * Math.Max(1, Math.Abs(expected)))
        {
            throw new XunitException(string.Create(CultureInfo.InvariantCulture,
                $"expected {expected:R}, got {actual:R} (tolerance {tolerance:G3})"));
        }
    }
}
