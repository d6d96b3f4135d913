using Xunit.Sdk;

namespace ToyRec.Core.Tests;

// The comparison every float assertion goes through must itself be able to fail.
public sealed class ToleranceTests
{
    [Theory]
    [InlineData(double.NaN, 1.0)]
    [InlineData(1.0, double.NaN)]
    [InlineData(double.NaN, double.NaN)]
    [InlineData(1.0, 1.001)]
    [InlineData(double.PositiveInfinity, 1e300)]
    public void Equal_DifferentOrNaN_Fails(double expected, double actual) =>
        Assert.Throws<XunitException>(() => Tolerance.Equal(expected, actual));

    [Theory]
    [InlineData(0.25, 0.25 + 1e-12)]
    [InlineData(1e6, 1e6 + 1e-4)]
    [InlineData(double.NegativeInfinity, double.NegativeInfinity)]
    public void Equal_WithinTheRelativeToleranceOrSame_Passes(double expected, double actual) =>
        Tolerance.Equal(expected, actual);
}
