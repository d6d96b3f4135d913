using System.Globalization;
using System.Text.Json;
using ToyRec.Catalog;

namespace ToyRec.Neural;

/// <summary>
/// Writes the all-labels task exactly as ToyRec trains on it (encoded features, split, label texts, positives and
/// the network settings) so that a peer implementation can train the same architecture on the same data.
/// </summary>
public static class CoPurchaseExport
{
    /// <summary>Writes meta.json, labels.txt, and train.txt, validation.txt and test.txt.</summary>
    /// <param name="catalog">The cleaned catalogue.</param>
    /// <param name="options">The options ToyRec trains with.</param>
    /// <param name="create">Opens a file of the given name for writing.</param>
    public static void Write(ProductCatalog catalog, CoPurchaseOptions options, Func<string, Stream> create)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(create);
        var split = CoPurchaseSplit.Create(catalog, options.Seed);
        var encoder = ProductEncoder.Fit([.. split.Train.Select(i => catalog[i])], options.Encoder);
        var variant = new CoPurchaseVariant(catalog, CoPurchaseLabels.AllLabels(catalog), split, encoder);
        var shape = encoder.Shape() with
        {
            TextDimension = options.TextDimension,
            Hidden = options.Hidden,
            DropoutRate = options.DropoutRate,
            MatchWeight = options.MatchWeight,
        };
        var trainer = options.TrainerOrDefault;
        var meta = new Dictionary<string, object>
        {
            ["vocabulary"] = shape.Vocabulary,
            ["categories"] = shape.Categories,
            ["topLevels"] = shape.TopLevels,
            ["manufacturers"] = shape.Manufacturers,
            ["numeric"] = shape.Numeric,
            ["textDimension"] = shape.TextDimension,
            ["categoryDimension"] = shape.CategoryDimension,
            ["topLevelDimension"] = shape.TopLevelDimension,
            ["manufacturerDimension"] = shape.ManufacturerDimension,
            ["hidden"] = shape.HiddenLayers.ToArray(),
            ["dropout"] = shape.DropoutRate,
            ["matchWeight"] = shape.MatchWeight,
            ["labels"] = variant.Labels.Count,
            ["batchSize"] = trainer.BatchSize,
            ["maxEpochs"] = trainer.MaxEpochs,
            ["patience"] = trainer.Patience,
            ["learningRate"] = (trainer.Adam ?? new AdamOptions()).LearningRate,
            ["seed"] = options.Seed,
        };
        using (var stream = create("meta.json"))
            JsonSerializer.Serialize(stream, meta);
        using (var writer = new StreamWriter(create("labels.txt")))
        {
            for (int l = 0; l < variant.LabelText.Rows; l++)
                writer.WriteLine(Row(variant.LabelText, l));
        }

        foreach (var (name, data) in new[] { ("train", variant.TrainData), ("validation", variant.ValidationData),
            ("test", variant.TestData) })
        {
            using var writer = new StreamWriter(create(name + ".txt"));
            var inputs = data.Inputs;
            for (int r = 0; r < data.Count; r++)
            {
                string numeric = string.Join(' ', inputs.Numeric.Row(r).ToArray().Select(Format));
                writer.WriteLine($"{inputs.Category[r]}\t{inputs.TopLevel[r]}\t{inputs.Manufacturer[r]}\t{numeric}\t" +
                    $"{string.Join(' ', data.Positives[r])}\t{Row(inputs.Text, r)}");
            }
        }
    }

    private static string Row(SparseRows rows, int r) => string.Join(' ',
        Enumerable.Range(rows.Offsets[r], rows.Offsets[r + 1] - rows.Offsets[r])
            .Select(e => $"{rows.Indices[e]}:{Format(rows.Values[e])}"));

    private static string Format(float value) => value.ToString("R", CultureInfo.InvariantCulture);
}
