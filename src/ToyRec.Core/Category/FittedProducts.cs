using ToyRec.Catalog;

namespace ToyRec.Category;

/// <summary>
/// Which products a saved category model was fitted on: their number and the ids of an evenly spaced sample of
/// them, enough to tell that a catalogue is another one (its classes and suggestions would not match) without
/// storing every id.
/// </summary>
/// <param name="Total">How many products the model was fitted on; 0 when not recorded.</param>
/// <param name="SampleIds">Ids of at most <see cref="SampleSize"/> of them, spaced evenly in fitting order.</param>
public sealed record FittedProducts(int Total, IReadOnlyList<string> SampleIds)
{
    /// <summary>The most ids a record keeps.</summary>
    public const int SampleSize = 256;

    /// <summary>Nothing recorded (a model fitted on queries rather than catalogue products).</summary>
    public static FittedProducts None { get; } = new(0, []);

    /// <summary>The record of fitting on <paramref name="ids"/>.</summary>
    public static FittedProducts Of(IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        int step = Math.Max(1, (ids.Count + SampleSize - 1) / SampleSize);
        return new FittedProducts(ids.Count, [.. ids.Where((_, i) => i % step == 0)]);
    }

    /// <summary>
    /// Why the model saved at <paramref name="path"/> does not belong to <paramref name="catalog"/>: fewer than half
    /// of its sampled products are in it, or it was fitted on fewer than half of the catalogue's labelled products
    /// (a sample of it, whose classes can lack whole categories). Null when it belongs or nothing was recorded.
    /// </summary>
    public string? OtherCatalogueReason(ProductCatalog catalog, string path)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (SampleIds.Count == 0)
            return null;
        int found = SampleIds.Count(id => catalog.TryGetIndex(id, out _));
        if (2 * found < SampleIds.Count)
        {
            return $"{path} was fitted on another catalogue (or a larger one that this is part of): only {found} " +
                $"of the {SampleIds.Count} products it recorded are in this one (run 'toyrec train' on this catalogue)";
        }

        int labelled = catalog.Products.Count(p => !p.Category.IsEmpty);
        return 2 * Total < labelled
            ? $"{path} was fitted on {Total} products, fewer than half of this catalogue's {labelled} with a " +
                "category (run 'toyrec train' on this catalogue)"
            : null;
    }

    /// <summary>Writes the record.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Total);
        writer.Write(SampleIds.Count);
        foreach (string id in SampleIds)
            writer.Write(id);
    }

    /// <summary>Reads a record written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The counts are not plausible.</exception>
    public static FittedProducts Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int total = reader.ReadInt32();
        int count = reader.ReadInt32();
        if (total < 0 || count < 0 || count > Math.Min(total, SampleSize))
        {
            throw new InvalidDataException(
                $"Category model: {count} sampled of {total} fitted products is not plausible.");
        }

        return new FittedProducts(total, [.. Enumerable.Range(0, count).Select(_ => reader.ReadString())]);
    }
}
