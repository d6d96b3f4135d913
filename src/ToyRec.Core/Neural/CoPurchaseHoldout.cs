using ToyRec.Catalog;

namespace ToyRec.Neural;

/// <summary>
/// The products whose links a trained co-purchase model never learned from, by catalogue id: its validation part
/// (used only for early stopping and the blend weight) and its test part (never used). Evaluations that combine the
/// model with other signals tune on the first and report on the second, so the model's memory of its training
/// labels does not leak into their figures.
/// </summary>
/// <param name="ValidationIds">Ids of the validation products.</param>
/// <param name="TestIds">Ids of the test products.</param>
public sealed record CoPurchaseHoldout(IReadOnlyList<string> ValidationIds, IReadOnlyList<string> TestIds)
{
    /// <summary>The held-out parts of a split, by id.</summary>
    public static CoPurchaseHoldout Of(ProductCatalog catalog, CoPurchaseSplit split)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(split);
        return new CoPurchaseHoldout([.. split.Validation.Select(i => catalog[i].Id)],
            [.. split.Test.Select(i => catalog[i].Id)]);
    }

    /// <summary>
    /// The split as positions in <paramref name="catalog"/>: validation and test from the stored ids (ids the catalogue
    /// lacks are left out), train = every other product with an also-bought link, as in
    /// <see cref="CoPurchaseSplit.Create"/>.
    /// </summary>
    public CoPurchaseSplit In(ProductCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        int[] Positions(IReadOnlyList<string> ids) =>
            [.. ids.Select(id => catalog.TryGetIndex(id, out int i) ? i : -1).Where(i => i >= 0).Order()];
        var validation = Positions(ValidationIds);
        var test = Positions(TestIds);
        var heldOut = validation.Concat(test).ToHashSet();
        var train = Enumerable.Range(0, catalog.Count)
            .Where(i => catalog[i].AlsoBought.Count > 0 && !heldOut.Contains(i)).ToArray();
        return new CoPurchaseSplit(train, validation, test);
    }

    /// <summary>
    /// How many of the held-out ids the catalogue has, of how many: a model fitted on another catalogue finds few
    /// or none of them, and its split (and, mostly, its labels) mean nothing there.
    /// </summary>
    public (int Found, int Total) Found(ProductCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        int found = ValidationIds.Concat(TestIds).Count(id => catalog.TryGetIndex(id, out _));
        return (found, ValidationIds.Count + TestIds.Count);
    }

    /// <summary>
    /// Why the model saved at <paramref name="path"/> does not belong to the catalogue, or null when it does or holds
    /// no held-out ids: fewer than half of its held-out products are in it (another catalogue), or its held-out
    /// part is less than half the size this catalogue's split would have (a model trained on a part of this file,
    /// whose few test products would make every figure that rests on them noise).
    /// </summary>
    public string? OtherCatalogueReason(ProductCatalog catalog, string path)
    {
        var (found, total) = Found(catalog);
        if (total > 0 && 2 * found < total)
        {
            return $"{path} was trained on another catalogue: only {found} of its {total} held-out products are in " +
                "this one (run 'toyrec train' on this catalogue)";
        }

        double heldOut = 1 - CoPurchaseSplit.TrainFraction;
        int expected = (int)Math.Round(heldOut * catalog.Products.Count(p => p.AlsoBought.Count > 0));
        return total > 0 && expected >= 10 && 2 * total < expected
            ? $"{path} was trained on a smaller catalogue: its held-out part has {total} products, where this " +
                $"catalogue's would have about {expected} (run 'toyrec train' on this catalogue)"
            : null;
    }
}
