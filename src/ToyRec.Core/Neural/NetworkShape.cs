namespace ToyRec.Neural;

/// <summary>The sizes of a <see cref="CoPurchaseNetwork"/>; the defaults are the ones ToyRec trains.</summary>
/// <param name="Vocabulary">Words of the bag-of-words input.</param>
/// <param name="Categories">Distinct category paths, the unknown row included.</param>
/// <param name="TopLevels">Distinct top-level categories, the unknown row included.</param>
/// <param name="Manufacturers">Distinct manufacturers, the unknown row included.</param>
/// <param name="Numeric">Numeric inputs (price, rating and their missing flags).</param>
/// <param name="TextDimension">Output width of the sparse text layer.</param>
/// <param name="CategoryDimension">Width of the category-path embedding.</param>
/// <param name="TopLevelDimension">Width of the top-level-category embedding.</param>
/// <param name="ManufacturerDimension">Width of the manufacturer embedding.</param>
/// <param name="Hidden">Widths of the fully connected ReLU layers, in order.</param>
/// <param name="DropoutRate">Drop probability after each hidden layer.</param>
/// <param name="MatchWeight">Starting weight of every word in the <see cref="LabelWordMatch"/> (0 switches the
/// word match off at the start; it can still be learned).</param>
public sealed record NetworkShape(
    int Vocabulary,
    int Categories,
    int TopLevels,
    int Manufacturers,
    int Numeric,
    int TextDimension = 256,
    int CategoryDimension = 32,
    int TopLevelDimension = 8,
    int ManufacturerDimension = 32,
    int[]? Hidden = null,
    float DropoutRate = 0.3f,
    float MatchWeight = 25f)
{
    /// <summary>The hidden widths, defaulting to one layer of 256.</summary>
    public IReadOnlyList<int> HiddenLayers => Hidden ?? [256];

    /// <summary>Width of the concatenated input to the first hidden layer.</summary>
    public int ConcatenatedWidth => TextDimension + CategoryDimension + TopLevelDimension + ManufacturerDimension
        + Numeric;
}
