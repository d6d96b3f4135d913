using ToyRec.Catalog;

namespace ToyRec.Neural;

/// <summary>
/// One label space prepared for training and scoring: the split's products that have labels in it, encoded,
/// with their positives.
/// </summary>
internal sealed class CoPurchaseVariant
{
    public CoPurchaseVariant(ProductCatalog catalog, CoPurchaseLabels labels, CoPurchaseSplit split,
        ProductEncoder encoder)
    {
        Catalog = catalog;
        Labels = labels;
        Split = split;
        Train = Rows(split.Train);
        Validation = Rows(split.Validation);
        Test = Rows(split.Test);
        TrainData = Data(Train);
        ValidationData = Data(Validation);
        TestData = Data(Test);
        LabelText = SparseRows.From(encoder.VocabularySize, labels.Texts.Select(encoder.Transform));
        int[] Rows(int[] part) => [.. part.Where(i => labels.Positives[i].Length > 0)];
        NetworkDataset Data(int[] rows) => new(encoder.Encode([.. rows.Select(i => catalog[i])]),
            [.. rows.Select(i => labels.Positives[i])]);
    }

    public ProductCatalog Catalog { get; }

    public CoPurchaseLabels Labels { get; }

    /// <summary>The split the rows come from (its parts include products without labels in this space).</summary>
    public CoPurchaseSplit Split { get; }

    public int[] Train { get; }

    public int[] Validation { get; }

    public int[] Test { get; }

    public NetworkDataset TrainData { get; }

    public NetworkDataset ValidationData { get; }

    public NetworkDataset TestData { get; }

    public SparseRows LabelText { get; }

    /// <summary>For in-catalogue labels, hides the query product and its exact duplicates; else accepts all.</summary>
    public Func<int, bool>? Accept(int product)
    {
        var targets = Labels.Products;
        return targets is null ? null : l => !Catalog.AreDuplicates(targets[l], product);
    }

    /// <summary>How often each label is positive among the training products.</summary>
    public int[] TrainCounts()
    {
        var counts = new int[Labels.Count];
        foreach (var positives in TrainData.Positives)
        {
            foreach (int label in positives)
                counts[label]++;
        }

        return counts;
    }
}
