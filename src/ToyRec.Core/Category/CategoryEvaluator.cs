using System.Diagnostics;
using ToyRec.Catalog;
using ToyRec.Evaluation;

namespace ToyRec.Category;

/// <summary>
/// The category protocol: labelled products, top-level category as the class (small ones folded into
/// <c>Other</c>), a stratified split with the seed, λ chosen on a validation part of the training products, one
/// look at the test part; the study's features and the extended ones side by side, with the majority class as
/// the baseline.
/// </summary>
public static class CategoryEvaluator
{
    /// <summary>The variant with the study's features (name, price, rating).</summary>
    public const string StudyVariant = "study-features";

    /// <summary>The variant that adds the manufacturer and the product's other text.</summary>
    public const string ExtendedVariant = "extended";

    /// <summary>Runs the protocol on the catalogue and returns the figures and tables.</summary>
    public static EvaluationResult Evaluate(ProductCatalog catalog, CategoryEvaluationOptions? options = null,
        IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        options ??= new CategoryEvaluationOptions();
        if (CategoryLabels.EvaluationShortfall(catalog, options.MinimumClassSize) is { } shortfall)
        {
            string reason = char.ToLowerInvariant(shortfall[0]) + shortfall[1..].TrimEnd('.');
            progress?.Report($"Category model: skipped, {reason}.");
            const string skipped = EvaluationResult.SkippedKey;
            return new EvaluationResult("category",
                new Dictionary<string, object?> { ["products"] = catalog.Count, [skipped] = reason },
                [], new Dictionary<string, object?> { [skipped] = reason });
        }

        var labels = CategoryLabels.From(catalog, options.MinimumClassSize);
        var labelled = Enumerable.Range(0, catalog.Count).Where(i => !catalog[i].Category.IsEmpty).ToArray();
        var classes = labelled.Select(i => labels.Of(catalog[i])).ToArray();
        var (trainPart, testPart) = StratifiedSplit.Split(classes, options.TestFraction, options.Seed);
        var train = trainPart.Select(p => labelled[p]).ToArray();
        var test = testPart.Select(p => labelled[p]).ToArray();
        var actual = testPart.Select(p => classes[p]).ToArray();

        int majority = Enumerable.Range(0, labels.Count).OrderByDescending(c => trainPart.Count(p => classes[p] == c))
            .First();
        var majorityReport = ClassificationReport.Compute(actual, actual.Select(_ => majority).ToArray(), labels.Names);
        var metrics = new List<MetricValue>();
        var variants = new Dictionary<string, object?>();
        foreach (var (variant, extended) in new[] { (StudyVariant, false), (ExtendedVariant, true) })
        {
            progress?.Report($"Category model, {variant}: fitting on {train.Length} products");
            var modelOptions = options.Model with
            {
                Seed = options.Seed,
                Features = options.Model.Features with { Extended = extended },
            };
            var clock = Stopwatch.StartNew();
            var model = CategoryModel.Fit(catalog, train, labels, modelOptions, progress);
            double seconds = clock.Elapsed.TotalSeconds;
            var predicted = test.Select(i => model.PredictClass(CategoryQuery.From(catalog[i]))).ToArray();
            var report = ClassificationReport.Compute(actual, predicted, labels.Names);
            metrics.Add(new MetricValue("accuracy", variant, "toyrec", report.Accuracy));
            metrics.Add(new MetricValue("macro-F1", variant, "toyrec", report.MacroF1));
            metrics.Add(new MetricValue("accuracy", variant, "majority", majorityReport.Accuracy));
            metrics.Add(new MetricValue("macro-F1", variant, "majority", majorityReport.MacroF1));
            variants[variant] = VariantDetails(model, report, seconds, train.Length);
        }

        var protocol = new Dictionary<string, object?>
        {
            ["products"] = labelled.Length,
            ["classes"] = labels.Count,
            ["minimumClassSize"] = options.MinimumClassSize,
            ["split"] = $"stratified {1 - options.TestFraction:0.##}/{options.TestFraction:0.##} by class",
            ["seed"] = options.Seed,
            ["train"] = train.Length,
            ["test"] = test.Length,
            ["validationFraction"] = options.Model.ValidationFraction,
            ["l2Grid"] = options.Model.L2Grid,
            ["tuning"] = "λ chosen by accuracy on the validation part of the training products only",
            ["classWeights"] = options.Model.Softmax.BalanceClasses ? "balanced, n / (K · n_k)" : "none",
            ["price"] = "the product's own price; prices the cleaner imputed from category medians count as missing",
            ["testWithDuplicateInTrain"] = test.Count(t =>
                catalog.DuplicatesOf(t).Any(d => Array.BinarySearch(train, d) >= 0)),
        };
        var details = new Dictionary<string, object?>
        {
            ["classes"] = labels.Names
                .Select((name, c) => new { name, products = classes.Count(x => x == c) }).ToList(),
            ["majorityClass"] = labels.Names[majority],
            ["variants"] = variants,
            ["majority"] = new { perClass = majorityReport.PerClass },
        };
        return new EvaluationResult("category", protocol, metrics, details);
    }

    private static Dictionary<string, object?> VariantDetails(CategoryModel model, ClassificationReport report,
        double seconds, int trainCount) => new()
        {
            ["features"] = model.Features.Dimension,
            ["chosenL2"] = model.L2,
            ["sklearnC"] = 1 / (model.L2 * trainCount),
            ["tuningOnValidation"] = model.Tuning,
            ["iterations"] = model.Classifier.Report.Iterations,
            ["converged"] = model.Classifier.Report.Converged,
            ["fitSeconds"] = Math.Round(seconds, 2),
            ["accuracy"] = report.Accuracy,
            ["macroF1"] = report.MacroF1,
            ["perClass"] = report.PerClass,
            ["confusion"] = report.Confusion,
        };
}
