using ToyRec.Catalog;
using ToyRec.Evaluation;

namespace ToyRec.Neural;

/// <summary>
/// Two stricter readings of the co-purchase protocol's test lists, reported beside its figures: ranked over only
/// the labels training or validation products have, and without the slugs that name the product itself.
/// </summary>
internal static class CoPurchaseStricterReadings
{
    // The label space is every label of the catalogue (the protocol's, as the study's), so it holds labels that
    // only test products have. Knowing that such a label exists comes from the test rows, and a network that reads
    // label text can find them where the neighbour baseline cannot. The same scores, ranked over only the labels
    // some training or validation product has (the blend weight chosen on validation over training labels), and
    // scored against all of each test product's positives, show what that is worth.
    public static Dictionary<string, object?> SeenLabelsOnly(CoPurchaseVariant variant, float blendWeight,
        IReadOnlyDictionary<string, double> blendTable,
        Func<Func<int, Func<int, bool>?>, Dictionary<string, int[][]>> lists)
    {
        var seen = CoPurchaseEvaluation.Seen(variant.Labels.Count,
            variant.TrainData.Positives.Concat(variant.ValidationData.Positives));
        var positivesOfTest = variant.TestData.Positives;
        var metrics = lists(r => CoPurchaseEvaluation.Both(variant.Accept(variant.Test[r]), l => seen[l]))
            .SelectMany(s => CoPurchaseEvaluation.Score(s.Value, positivesOfTest, variant.Labels.Count,
                variant.Labels.Variant, s.Key));
        return new Dictionary<string, object?>
        {
            ["labels"] = seen.Count(x => x),
            ["testPositives"] = positivesOfTest.Sum(p => p.Length),
            ["testPositivesOfUnseenLabels"] = positivesOfTest.Sum(p => p.Count(l => !seen[l])),
            ["blendWeight"] = blendWeight,
            ["validationBlend"] = blendTable,
            ["metrics"] = metrics.ToArray(),
        };
    }

    // Amazon lists other sizes and editions of a product among its also-bought links; they are real positives, but
    // `also-bought` leaves them out as no news to the shopper. Here they are left out of both the lists and the
    // positives, and a test product with no other positive is left out.
    public static Dictionary<string, object?> OwnNamesLeftOut(CoPurchaseVariant variant,
        Func<Func<int, Func<int, bool>?>, Dictionary<string, int[][]>> lists)
    {
        var keys = variant.Labels.Names.Select(NameKey.Of).ToArray();
        var naming = variant.Test.Select(i =>
        {
            string own = NameKey.Of(variant.Catalog[i].Name);
            return Enumerable.Range(0, keys.Length).Where(l => NameKey.IsLeadingWords(keys[l], own)).ToHashSet();
        }).ToArray();
        var kept = Enumerable.Range(0, variant.Test.Length)
            .Where(r => variant.TestData.Positives[r].Any(l => !naming[r].Contains(l))).ToArray();
        var positives = kept.Select(r => variant.TestData.Positives[r].Where(l => !naming[r].Contains(l)).ToArray())
            .ToArray();
        var metrics = lists(r => CoPurchaseEvaluation.Both(variant.Accept(variant.Test[r]),
                l => !naming[r].Contains(l)))
            .SelectMany(s => CoPurchaseEvaluation.Score([.. kept.Select(r => s.Value[r])], positives,
                variant.Labels.Count, variant.Labels.Variant, s.Key));
        return new Dictionary<string, object?>
        {
            ["testProducts"] = kept.Length,
            ["positivesLeftOut"] = Enumerable.Range(0, variant.Test.Length)
                .Sum(r => variant.TestData.Positives[r].Count(naming[r].Contains)),
            ["metrics"] = metrics.ToArray(),
        };
    }
}
