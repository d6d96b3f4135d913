using System.Globalization;
using ToyRec.Catalog;
using ToyRec.Evaluation;
using ToyRec.Ranking;

namespace ToyRec.Neural;

/// <summary>
/// The co-purchase protocol: linked products split 80/10/10, features fitted on train, a network trained with
/// early stopping on validation, the blend weight chosen on validation, and every system measured once on test,
/// for the <c>all-labels</c> and <c>in-catalogue</c> label spaces.
/// </summary>
/// <remarks>
/// Systems: <c>network</c> (the network alone), <c>knn</c> (<see cref="NeighbourLabels"/>), <c>toyrec</c> (the
/// blend of both, <see cref="CoPurchaseModel"/>), <c>popularity</c> (labels by training frequency) and
/// <c>random</c> (labels drawn uniformly from the seed). Metrics: <see cref="LabelRankingAccumulator"/>.
/// </remarks>
public static class CoPurchaseEvaluation
{
    /// <summary>The variants, in report order.</summary>
    public static readonly string[] Variants = ["all-labels", "in-catalogue"];

    /// <summary>Linked products that give every part of the 80/10/10 split at least one product.</summary>
    public const int MinimumLinkedProducts = 10;

    /// <summary>Runs the whole protocol on a cleaned catalogue.</summary>
    /// <exception cref="InsufficientDataException">The all-labels space has no label, or a part of the split no
    /// product with a label (an in-catalogue space that falls short is skipped, its reason under its
    /// details).</exception>
    public static CoPurchaseEvaluationRun Run(ProductCatalog catalog, CoPurchaseOptions? options = null,
        IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        options ??= new CoPurchaseOptions();
        var split = CoPurchaseSplit.Create(catalog, options.Seed);
        var encoder = ProductEncoder.Fit([.. split.Train.Select(i => catalog[i])], options.Encoder);
        var metrics = new List<MetricValue>();
        var details = new Dictionary<string, object?>
        {
            ["gemm"] = Gemm.Kernel.ToString(),
            ["vocabulary"] = encoder.VocabularySize,
        };
        CoPurchaseModel? model = null;
        foreach (var labels in new[] { CoPurchaseLabels.AllLabels(catalog), CoPurchaseLabels.InCatalogue(catalog) })
        {
            var variant = new CoPurchaseVariant(catalog, labels, split, encoder);

            // The in-catalogue space is a subset of links: a catalogue can have enough for all labels and not for
            // it, and then all-labels figures are still worth reporting.
            if (model is not null && Shortfall(variant, encoder, withTest: true) is { } reason)
            {
                progress?.Report($"{labels.Variant}: skipped, {reason}");
                details[labels.Variant] = new Dictionary<string, object?> { [EvaluationResult.SkippedKey] = reason };
                continue;
            }

            Require(variant, encoder, withTest: true);
            var fitted = Fit(variant, encoder, options, progress, forEvaluation: true);
            model ??= fitted.Model;
            metrics.AddRange(Test(variant, fitted, options.Seed, out var variantDetails));
            details[labels.Variant] = variantDetails;
        }

        var protocol = new Dictionary<string, object?>
        {
            ["seed"] = options.Seed,
            ["split"] = "products with at least one also-bought link, 80/10/10 by a seeded permutation",
            ["linkedProducts"] = split.Train.Length + split.Validation.Length + split.Test.Length,
            ["train"] = split.Train.Length,
            ["validation"] = split.Validation.Length,
            ["test"] = split.Test.Length,
            ["labels"] = "all-labels: distinct percent-decoded also-bought slugs; in-catalogue: linked products " +
                "that resolve to the catalogue",
            ["fittedOn"] = "vocabulary, value ids and scalers on train; early stopping and blend weight on validation",
            ["neighbours"] = options.Neighbours,
            ["batchSize"] = options.TrainerOrDefault.BatchSize,
            ["patience"] = options.TrainerOrDefault.Patience,
        };
        return new CoPurchaseEvaluationRun(new EvaluationResult("neural", protocol, metrics, details), model!);
    }

    /// <summary>Trains the all-labels model on the training products (validation for early stopping and w).</summary>
    /// <exception cref="InsufficientDataException">No label, or no training or validation product with one.
    /// </exception>
    public static CoPurchaseModel Train(ProductCatalog catalog, CoPurchaseOptions? options = null,
        IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        options ??= new CoPurchaseOptions();
        var split = CoPurchaseSplit.Create(catalog, options.Seed);
        var encoder = ProductEncoder.Fit([.. split.Train.Select(i => catalog[i])], options.Encoder);
        var variant = new CoPurchaseVariant(catalog, CoPurchaseLabels.AllLabels(catalog), split, encoder);
        Require(variant, encoder, withTest: false);
        return Fit(variant, encoder, options, progress, forEvaluation: false).Model;
    }

    // The network needs words to read, labels to predict, training rows for the biases, validation rows for early
    // stopping and the blend weight, and (for the protocol) test rows; a catalogue too small for that is reported
    // with what was found instead of failing deep inside a layer.
    private static void Require(CoPurchaseVariant variant, ProductEncoder encoder, bool withTest)
    {
        if (Shortfall(variant, encoder, withTest) is { } reason)
            throw new InsufficientDataException(reason);
    }

    private static string? Shortfall(CoPurchaseVariant variant, ProductEncoder encoder, bool withTest)
    {
        if (encoder.VocabularySize > 0 && variant.Labels.Count > 0 && variant.Train.Length > 0
            && variant.Validation.Length > 0 && (!withTest || variant.Test.Length > 0))
        {
            return null;
        }

        string parts = withTest ? "training, validation and test" : "training and validation";
        return string.Create(CultureInfo.InvariantCulture,
            $"The co-purchase network ({variant.Labels.Variant} label space) needs at least one label and one " +
            $"product with a label in each of its {parts} parts (an 80/10/10 split of the products with also-bought " +
            $"links, so about {MinimumLinkedProducts} or more) and a vocabulary; found {variant.Labels.Count} " +
            $"labels, {variant.Train.Length} training, {variant.Validation.Length} validation and " +
            $"{variant.Test.Length} test products, and {encoder.VocabularySize} words.");
    }

    // With forEvaluation, the seen-labels blend weight is chosen too; a model trained to be saved has no use for it.
    private static FittedVariant Fit(CoPurchaseVariant variant, ProductEncoder encoder, CoPurchaseOptions options,
        IProgress<string>? progress, bool forEvaluation)
    {
        var labels = variant.Labels;
        var shape = encoder.Shape() with
        {
            TextDimension = options.TextDimension,
            Hidden = options.Hidden,
            DropoutRate = options.DropoutRate,
            MatchWeight = options.MatchWeight,
        };
        var network = new CoPurchaseNetwork(shape, variant.LabelText, options.Seed);
        network.InitializeBiases(variant.TrainCounts(), variant.Train.Length);
        progress?.Report(string.Create(CultureInfo.InvariantCulture,
            $"{labels.Variant}: training on {variant.Train.Length} products, {labels.Count} labels, " +
            $"{network.ParameterCount:N0} parameters, GEMM {Gemm.Kernel}"));
        var epochLines = progress is null ? null : new EpochLines(labels.Variant, progress);
        var report = Trainer.Train(network, variant.TrainData, variant.ValidationData, options.TrainerOrDefault,
            epochLines);
        var neighbours = new NeighbourLabels(variant.TrainData.Inputs.Text, variant.TrainData.Positives, labels.Count,
            options.Neighbours);
        var networkScores = CoPurchaseScores.Network(network, variant.ValidationData);
        var neighbourScores = CoPurchaseScores.Neighbours(neighbours, variant.ValidationData, labels.Count);
        var (bestWeight, bestScore, table) = BestBlend(variant, networkScores, neighbourScores, options.BlendSteps,
            r => variant.Accept(variant.Validation[r]));
        progress?.Report(string.Create(CultureInfo.InvariantCulture,
            $"{labels.Variant}: blend weight w = {bestWeight:0.00} (validation P@1 + R@20 = {bestScore:0.0000})"));

        // For the seen-labels figures the weight is chosen the same way, on validation lists cut to the labels
        // some training product has.
        var (seenWeight, seenTable) = (bestWeight, new Dictionary<string, double>());
        if (forEvaluation)
        {
            var trainLabels = Seen(variant.Labels.Count, variant.TrainData.Positives);
            (seenWeight, _, seenTable) = BestBlend(variant, networkScores, neighbourScores, options.BlendSteps,
                r => Both(variant.Accept(variant.Validation[r]), l => trainLabels[l]));
        }

        var model = new CoPurchaseModel(encoder, network, neighbours, labels.Names, bestWeight,
            CoPurchaseHoldout.Of(variant.Catalog, variant.Split));
        return new FittedVariant(model, report, table, seenWeight, seenTable);
    }

    // The weight w of the network in the blend that scores best on validation (P@1 + R@20), from a grid of steps.
    private static (float Weight, double Score, Dictionary<string, double> Table) BestBlend(CoPurchaseVariant variant,
        float[][] networkScores, float[][] neighbourScores, int steps, Func<int, Func<int, bool>?> accept)
    {
        var table = new Dictionary<string, double>();
        float bestWeight = 1;
        double bestScore = double.NegativeInfinity;
        for (int step = 0; step <= steps; step++)
        {
            float weight = (float)step / steps;
            var lists = CoPurchaseScores.TopLists(networkScores, neighbourScores, weight, accept);
            var accumulator = new LabelRankingAccumulator(variant.Labels.Count);
            for (int r = 0; r < lists.Length; r++)
                accumulator.Add(lists[r], variant.ValidationData.Positives[r]);
            double score = accumulator.PrecisionAt1PlusRecallAt20;
            table[weight.ToString("0.00", CultureInfo.InvariantCulture)] = score;
            if (score > bestScore)
                (bestScore, bestWeight) = (score, weight);
        }

        return (bestWeight, bestScore, table);
    }

    internal static bool[] Seen(int labelCount, IEnumerable<int[]> positives)
    {
        var seen = new bool[labelCount];
        foreach (var row in positives)
        {
            foreach (int label in row)
                seen[label] = true;
        }

        return seen;
    }

    private static IReadOnlyList<MetricValue> Test(CoPurchaseVariant variant, FittedVariant fitted, int seed,
        out Dictionary<string, object?> details)
    {
        var labels = variant.Labels;
        var data = variant.TestData;
        var networkScores = CoPurchaseScores.Network(fitted.Model.Network, data);
        var neighbourScores = CoPurchaseScores.Neighbours(fitted.Model.Neighbours, data, labels.Count);
        var popularity = variant.TrainCounts().Select(c => (float)c).ToArray();
        var random = new Random(seed);
        Dictionary<string, int[][]> Lists(Func<int, Func<int, bool>?> accept, float blend, bool withRandom)
        {
            var lists = new Dictionary<string, int[][]>
            {
                ["toyrec"] = CoPurchaseScores.TopLists(networkScores, neighbourScores, blend, accept),
                ["network"] = CoPurchaseScores.TopLists(networkScores, neighbourScores, 1, accept),
                ["knn"] = CoPurchaseScores.TopLists(neighbourScores, networkScores, 1, accept),
                ["popularity"] = [.. Enumerable.Range(0, data.Count).Select(r => TopK.Select(popularity,
                    LabelRankingAccumulator.ListLength, accept(r), float.NegativeInfinity))],
            };
            if (withRandom)
            {
                lists["random"] =
                    [.. Enumerable.Range(0, data.Count).Select(r => RandomList(random, labels.Count, accept(r)))];
            }

            return lists;
        }

        var metrics = new List<MetricValue>();
        float blend = fitted.Model.BlendWeight;
        foreach (var (system, lists) in Lists(r => variant.Accept(variant.Test[r]), blend, withRandom: true))
            metrics.AddRange(Score(lists, data.Positives, labels.Count, labels.Variant, system));

        var linked = variant.Train.Concat(variant.Validation).Concat(variant.Test).ToArray();
        double positives = linked.Sum(i => (double)labels.Positives[i].Length);
        details = new Dictionary<string, object?>
        {
            ["labels"] = labels.Count,
            ["positiveRate"] = positives / Math.Max(1, linked.Length) / Math.Max(1, labels.Count),
            ["meanPositives"] = positives / Math.Max(1, linked.Length),
            ["train"] = variant.Train.Length,
            ["validation"] = variant.Validation.Length,
            ["test"] = variant.Test.Length,
            ["parameters"] = fitted.Model.Network.ParameterCount,
            ["blendWeight"] = fitted.Model.BlendWeight,
            ["validationBlend"] = fitted.BlendTable,
            ["bestEpoch"] = fitted.Report.BestEpoch,
            ["bestValidationLoss"] = fitted.Report.BestValidationLoss,
            ["secondsPerEpoch"] = fitted.Report.SecondsPerEpoch,
            ["epochs"] = fitted.Report.Epochs.Select(e => new { e.Epoch, e.TrainLoss, e.ValidationLoss, e.Seconds })
                .ToArray(),
            ["seenLabelsOnly"] = CoPurchaseStricterReadings.SeenLabelsOnly(variant, fitted.SeenLabelsBlendWeight,
                fitted.SeenLabelsBlendTable, accept => Lists(accept, fitted.SeenLabelsBlendWeight, withRandom: false)),
            ["ownNamesLeftOut"] = CoPurchaseStricterReadings.OwnNamesLeftOut(variant,
                accept => Lists(accept, blend, withRandom: false)),
        };
        return metrics;
    }

    internal static Func<int, bool> Both(Func<int, bool>? first, Func<int, bool> second) =>
        first is null ? second : l => first(l) && second(l);

    internal static IReadOnlyList<MetricValue> Score(int[][] lists, IReadOnlyList<int[]> positives, int labelCount,
        string variant, string system)
    {
        var accumulator = new LabelRankingAccumulator(labelCount);
        for (int r = 0; r < lists.Length; r++)
            accumulator.Add(lists[r], positives[r]);
        return accumulator.Metrics(variant, system);
    }

    // Up to ListLength distinct labels the filter accepts, drawn uniformly; all of them, shuffled, when fewer pass
    // (a small catalogue), so that the draw always ends.
    private static int[] RandomList(Random random, int labels, Func<int, bool>? accept)
    {
        int acceptable = accept is null ? labels
            : Enumerable.Range(0, labels).Where(accept).Take(LabelRankingAccumulator.ListLength + 1).Count();
        if (acceptable <= LabelRankingAccumulator.ListLength)
        {
            int[] all = [.. Enumerable.Range(0, labels).Where(l => accept is null || accept(l))];
            random.Shuffle(all);
            return all;
        }

        var chosen = new List<int>(LabelRankingAccumulator.ListLength);
        while (chosen.Count < LabelRankingAccumulator.ListLength)
        {
            int label = random.Next(labels);
            if (!chosen.Contains(label) && (accept is null || accept(label)))
                chosen.Add(label);
        }

        return [.. chosen];
    }

    private sealed record FittedVariant(CoPurchaseModel Model, TrainingReport Report,
        IReadOnlyDictionary<string, double> BlendTable, float SeenLabelsBlendWeight,
        IReadOnlyDictionary<string, double> SeenLabelsBlendTable);

    private sealed class EpochLines(string variant, IProgress<string> lines) : IProgress<EpochReport>
    {
        public void Report(EpochReport value) => lines.Report($"{variant}: {value}");
    }
}
