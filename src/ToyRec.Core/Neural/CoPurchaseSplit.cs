using ToyRec.Catalog;
using ToyRec.Evaluation;

namespace ToyRec.Neural;

/// <summary>
/// The products with at least one also-bought link, split 80/10/10 into train, validation and test by a seeded
/// permutation. Indices are catalogue positions, ascending within each part.
/// </summary>
/// <param name="Train">Products the model learns from (and the vocabulary and scalers are fitted on).</param>
/// <param name="Validation">Products for early stopping and for choosing the blend weight.</param>
/// <param name="Test">Products looked at once, for the reported figures.</param>
public sealed record CoPurchaseSplit(int[] Train, int[] Validation, int[] Test)
{
    /// <summary>The share of the linked products the model learns from.</summary>
    public const double TrainFraction = 0.8;

    /// <summary>The share held out for validation (the rest of the held-out part is the test part).</summary>
    public const double ValidationFraction = 0.1;

    /// <summary>Splits the linked products of a catalogue.</summary>
    public static CoPurchaseSplit Create(ProductCatalog catalog, int seed)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var linked = Enumerable.Range(0, catalog.Count).Where(i => catalog[i].AlsoBought.Count > 0).ToArray();
        var parts = SeededShuffle.Split(linked.Length, seed, TrainFraction, ValidationFraction);
        return new CoPurchaseSplit([.. parts[0].Select(p => linked[p])], [.. parts[1].Select(p => linked[p])],
            [.. parts[2].Select(p => linked[p])]);
    }
}
