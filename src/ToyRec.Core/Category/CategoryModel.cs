using System.Runtime.CompilerServices;
using ToyRec.Catalog;
using ToyRec.Persistence;
using ToyRec.Text;

namespace ToyRec.Category;

/// <summary>
/// Predicts a toy's top-level category from its name, price and rating (and, in the extended variant, its
/// manufacturer and other text), then suggests products of the predicted category whose names are most alike.
/// </summary>
/// <remarks>
/// <see cref="CategoryFeatures"/> feed a <see cref="SoftmaxRegression"/>; λ is chosen by accuracy on a
/// stratified validation part of the training products only, then the model is refitted on all of them. This is
/// the study's "logistic regression, then suggest from the predicted category" design.
/// </remarks>
public sealed class CategoryModel
{
    /// <summary>The model kind in its saved file.</summary>
    public const string FileKind = "category";

    /// <summary>The saved file's format version; files of another version are refused.</summary>
    public const int FormatVersion = 2;

    private readonly ConditionalWeakTable<ProductCatalog, SparseVector?[]> _nameVectors = new();

    private CategoryModel(CategoryLabels labels, CategoryFeatures features, SoftmaxRegression classifier, double l2,
        IReadOnlyList<TuningPoint> tuning, FittedProducts fittedOn)
    {
        FittedOn = fittedOn;
        Labels = labels;
        Features = features;
        Classifier = classifier;
        L2 = l2;
        Tuning = tuning;
    }

    /// <summary>The classes.</summary>
    public CategoryLabels Labels { get; }

    /// <summary>The fitted features.</summary>
    public CategoryFeatures Features { get; }

    /// <summary>The fitted classifier.</summary>
    public SoftmaxRegression Classifier { get; }

    /// <summary>The λ chosen on validation.</summary>
    public double L2 { get; }

    /// <summary>Validation accuracy of each λ tried (empty when only one was given).</summary>
    public IReadOnlyList<TuningPoint> Tuning { get; }

    /// <summary>The catalogue products the model was fitted on (none recorded when fitted on queries).</summary>
    public FittedProducts FittedOn { get; }

    /// <summary>
    /// Fits on every catalogue product with a category, with the catalogue's own labels (the model that
    /// <c>toyrec train</c> saves and the server serves).
    /// </summary>
    /// <exception cref="InsufficientDataException">No top-level category has enough products for a class.</exception>
    public static CategoryModel FitAll(ProductCatalog catalog, CategoryModelOptions? options = null,
        IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var labels = CategoryLabels.From(catalog);
        var labelled = Enumerable.Range(0, catalog.Count).Where(i => !catalog[i].Category.IsEmpty).ToArray();
        return Fit(catalog, labelled, labels, options, progress);
    }

    /// <summary>Fits on the catalogue products at <paramref name="training"/>.</summary>
    public static CategoryModel Fit(ProductCatalog catalog, IReadOnlyList<int> training, CategoryLabels labels,
        CategoryModelOptions? options = null, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(labels);
        var queries = training.Select(i => CategoryQuery.From(catalog[i])).ToList();
        var classes = training.Select(i => labels.Of(catalog[i])).ToList();
        var model = Fit(queries, classes, labels, options, progress);
        return new CategoryModel(model.Labels, model.Features, model.Classifier, model.L2, model.Tuning,
            FittedProducts.Of([.. training.Select(i => catalog[i].Id)]));
    }

    /// <summary>Fits on queries and their class indices.</summary>
    public static CategoryModel Fit(IReadOnlyList<CategoryQuery> queries, IReadOnlyList<int> classes,
        CategoryLabels labels, CategoryModelOptions? options = null, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(labels);
        options ??= new CategoryModelOptions();
        if (options.L2Grid.Count == 0)
            throw new ArgumentException("The λ grid is empty; give at least one value.", nameof(options));
        var tuning = new List<TuningPoint>();
        double l2 = options.L2Grid[0];
        if (options.L2Grid.Count > 1)
            (l2, tuning) = Tune(queries, classes, labels, options, progress);
        var features = CategoryFeatures.Fit(queries, options.Features);
        var rows = queries.Select(features.Transform).ToList();
        var classifier = SoftmaxRegression.Fit(rows, classes, labels.Count, features.Dimension,
            options.Softmax with { L2 = l2 }, progress: progress);
        return new CategoryModel(labels, features, classifier, l2, tuning, FittedProducts.None);
    }

    /// <summary>What to tell a user when <see cref="KnowsName"/> is false for the query's name.</summary>
    public static string UnknownNameRemark(CategoryQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Price is null && query.Rating is null
            ? "no word or character sequence of the name was in the training names, and no price or rating was " +
                "given, so the prediction is the same for every such name"
            : "no word or character sequence of the name was in the training names, so the prediction rests on " +
                "price and rating alone";
    }

    /// <summary>
    /// Whether any word or character n-gram of the name is in the model's vocabularies; when none is, the
    /// prediction comes from price and rating alone (with neither, it is the same for every such name).
    /// </summary>
    public bool KnowsName(string name) => Features.NameVector(name).Count > 0;

    /// <summary>Every class with its probability, most probable first.</summary>
    public IReadOnlyList<CategoryScore> Predict(CategoryQuery query)
    {
        var p = PredictProbabilities(query);
        return Enumerable.Range(0, p.Length).OrderByDescending(c => p[c]).ThenBy(c => c)
            .Select(c => new CategoryScore(Labels.Names[c], p[c])).ToList();
    }

    /// <summary>The class probabilities, indexed as <see cref="Labels"/>.</summary>
    public double[] PredictProbabilities(CategoryQuery query) =>
        Classifier.PredictProbabilities(Features.Transform(query));

    /// <summary>The most probable class index.</summary>
    public int PredictClass(CategoryQuery query) => Classifier.Predict(Features.Transform(query));

    /// <summary>
    /// The <paramref name="k"/> catalogue products of class <paramref name="classIndex"/> whose names are most
    /// similar to the query's (cosine of the name's TF-IDF word and character vectors), ties by position, one of
    /// each group of exact duplicates (the same toy under several ids).
    /// </summary>
    public IReadOnlyList<CategorySuggestion> Suggest(ProductCatalog catalog, CategoryQuery query, int classIndex,
        int k)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        var target = Features.NameVector(query.Name);
        // Each product's name vector is worked out the first time it is needed and kept with the catalogue: a
        // server asks for suggestions many times. Two threads may build the same vector; either copy is the same.
        var names = _nameVectors.GetValue(catalog, c => new SparseVector?[c.Count]);
        var scored = new List<CategorySuggestion>();
        for (int i = 0; i < catalog.Count; i++)
        {
            if (catalog[i].Category.IsEmpty || Labels.Of(catalog[i]) != classIndex)
                continue;
            var name = names[i] ??= Features.NameVector(catalog[i].Name);
            scored.Add(new CategorySuggestion(i, target.Dot(name)));
        }

        var similarity = scored.ToDictionary(s => s.Index, s => s.Similarity);
        var ranked = scored.OrderByDescending(s => s.Similarity).ThenBy(s => s.Index).Select(s => s.Index);
        return catalog.FirstOfEachDuplicateGroup(ranked, k).Select(i => new CategorySuggestion(i, similarity[i]))
            .ToList();
    }

    /// <summary>Saves the labels, features and classifier to a versioned model file.</summary>
    public void Save(string path) => ModelFile.Save(path, FileKind, FormatVersion, writer =>
    {
        writer.Write(Labels.Count);
        foreach (string name in Labels.Names)
            writer.Write(name);
        Features.Write(writer);
        Classifier.Write(writer);
        writer.Write(L2);
        writer.Write(Tuning.Count);
        foreach (var point in Tuning)
        {
            writer.Write(point.L2);
            writer.Write(point.ValidationAccuracy);
            writer.Write(point.Iterations);
        }

        FittedOn.Write(writer);
    });

    /// <summary>Loads a model saved by <see cref="Save"/>.</summary>
    /// <exception cref="FileNotFoundException">No file at the path.</exception>
    /// <exception cref="InvalidDataException">Another kind or version of file, or a damaged one.</exception>
    public static CategoryModel Load(string path) => ModelFile.Load(path, FileKind, FormatVersion, reader =>
    {
        try
        {
            int count = reader.ReadInt32();
            if (count is < 2 or > 10_000)
                throw new InvalidDataException($"'{path}': {count} classes is not a plausible category model.");
            var names = Enumerable.Range(0, count).Select(_ => reader.ReadString()).ToList();
            var features = CategoryFeatures.Read(reader);
            var classifier = SoftmaxRegression.Read(reader);
            if (classifier.Dimension != features.Dimension || classifier.ClassCount != count)
            {
                throw new InvalidDataException($"'{path}': the classifier has {classifier.Dimension} features " +
                    $"and {classifier.ClassCount} classes; the features have {features.Dimension} and the " +
                    $"labels {count}.");
            }

            double l2 = reader.ReadDouble();
            var tuning = Enumerable.Range(0, reader.ReadInt32())
                .Select(_ => new TuningPoint(reader.ReadDouble(), reader.ReadDouble(), reader.ReadInt32())).ToList();
            var fittedOn = FittedProducts.Read(reader);
            return new CategoryModel(new CategoryLabels(names), features, classifier, l2, tuning, fittedOn);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"'{path}' ends inside the category model.", e);
        }
    });

    // Fits features on the fitting part only, then each λ from the strongest, warm-started from the previous.
    private static (double L2, List<TuningPoint> Tuning) Tune(IReadOnlyList<CategoryQuery> queries,
        IReadOnlyList<int> classes, CategoryLabels labels, CategoryModelOptions options, IProgress<string>? progress)
    {
        var (fitPart, validation) = StratifiedSplit.Split(classes, options.ValidationFraction, options.Seed);
        var fitQueries = fitPart.Select(i => queries[i]).ToList();
        var features = CategoryFeatures.Fit(fitQueries, options.Features);
        var rows = fitQueries.Select(features.Transform).ToList();
        var fitClasses = fitPart.Select(i => classes[i]).ToList();
        var validationRows = validation.Select(i => features.Transform(queries[i])).ToList();
        var tuning = new List<TuningPoint>();
        SoftmaxRegression? previous = null;
        foreach (double l2 in options.L2Grid.OrderByDescending(v => v))
        {
            var model = SoftmaxRegression.Fit(rows, fitClasses, labels.Count, features.Dimension,
                options.Softmax with { L2 = l2 }, previous);
            int correct = validation.Select((item, n) => model.Predict(validationRows[n]) == classes[item] ? 1 : 0)
                .Sum();
            double accuracy = (double)correct / Math.Max(1, validation.Length);
            tuning.Add(new TuningPoint(l2, accuracy, model.Report.Iterations));
            progress?.Report($"λ = {l2:G3}: validation accuracy {accuracy:F4} ({model.Report.Iterations} iterations)");
            previous = model;
        }

        // The strongest λ among the best keeps the model simplest when validation cannot tell them apart.
        var best = tuning.OrderByDescending(t => t.ValidationAccuracy).ThenByDescending(t => t.L2).First();
        return (best.L2, tuning);
    }
}
