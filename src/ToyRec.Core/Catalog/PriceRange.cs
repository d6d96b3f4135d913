namespace ToyRec.Catalog;

/// <summary>
/// A price in pounds sterling. Most products have a single price (<see cref="Low"/> equals
/// <see cref="High"/>); a product sold in several sizes shows a range such as <c>£6.99 - £10.49</c>.
/// </summary>
/// <param name="Low">The lowest price of the range.</param>
/// <param name="High">The highest price of the range.</param>
public readonly record struct PriceRange(decimal Low, decimal High)
{
    /// <summary>
    /// The highest price taken as real (£100,000): a catalogue price above it is reported and read as missing, and
    /// the CLI and API refuse price filters above it (the shared catalogue's dearest product is £16,268).
    /// </summary>
    public const decimal PlausibleMaximum = 100_000m;

    /// <summary>What a plausible price is, for messages.</summary>
    public const string PlausibleShape = "a plausible price (at most £100000)";

    /// <summary>Creates a single-valued price.</summary>
    public static PriceRange Single(decimal value) => new(value, value);

    /// <summary>Whether the price is a range rather than one value.</summary>
    public bool IsRange => Low != High;

    /// <summary>The value used where one number is needed (for filters, medians and features).</summary>
    public decimal Representative => Low;

    /// <inheritdoc />
    public override string ToString() =>
        IsRange ? $"£{Low:0.00} - £{High:0.00}" : $"£{Low:0.00}";
}
