namespace ToyRec.Catalog;

/// <summary>The condition of the units a product listing has in stock.</summary>
public enum StockCondition
{
    /// <summary>New units.</summary>
    New,

    /// <summary>Second-hand units.</summary>
    Used,

    /// <summary>Collectible units.</summary>
    Collectible,

    /// <summary>Refurbished units.</summary>
    Refurbished,
}

/// <summary>How many units are available, and in which condition (<c>5 new</c>).</summary>
/// <param name="Count">Units available.</param>
/// <param name="Condition">Their condition.</param>
public readonly record struct StockLevel(int Count, StockCondition Condition)
{
    /// <inheritdoc />
    public override string ToString() => $"{Count} {Condition.ToString().ToLowerInvariant()}";
}
