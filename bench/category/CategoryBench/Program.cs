using System.Diagnostics;
using System.Globalization;
using ToyRec.Catalog;
using ToyRec.Category;

// Usage: CategoryBench CATALOG OUT_FOLDER [--extended] [--l2 X] [--validate] [--threads N] [--seed S]
// Writes split.tsv (product id, part, class) and train.svm / test.svm (ToyRec's features, svmlight format) into
// OUT_FOLDER, then times one fit of ToyRec's softmax regression on the training part and prints its accuracy.
// With --validate the training part is split again (80/20) and the held-out part plays the test part.
var culture = CultureInfo.InvariantCulture;
string catalogPath = args[0], folder = args[1];
bool extended = args.Contains("--extended");
bool validate = args.Contains("--validate");
double l2 = Option("--l2", 1e-5);
int threads = (int)Option("--threads", -1);
int seed = (int)Option("--seed", 42);
float charWeight = (float)Option("--char-weight", 1);
float wordWeight = (float)Option("--word-weight", 1);
float textWeight = (float)Option("--text-weight", 0.5);
double tolerance = Option("--tol", 1e-6);
int history = (int)Option("--history", 10);
int wordMinDf = (int)Option("--word-min-df", 1);
int charMinDf = (int)Option("--char-min-df", 2);
float manufacturerWeight = (float)Option("--manufacturer-weight", 1);
int priceBins = (int)Option("--price-bins", 0);
int validationSeed = (int)Option("--validation-seed", seed);

var (catalog, _) = CatalogCleaner.Clean(new CatalogReader().ReadFile(catalogPath));
var labels = CategoryLabels.From(catalog);
var all = Enumerable.Range(0, catalog.Count).ToArray();
var classes = all.Select(i => labels.Of(catalog[i])).ToArray();
var (train, test) = StratifiedSplit.Split(classes, 0.2, seed);
if (validate)
{
    var (fit, held) = StratifiedSplit.Split(train.Select(i => classes[i]).ToArray(), 0.2, validationSeed);
    (train, test) = (fit.Select(i => train[i]).ToArray(), held.Select(i => train[i]).ToArray());
}

var featureOptions = new CategoryFeatureOptions(extended, wordWeight, charWeight,
    TextWeight: textWeight, ManufacturerWeight: manufacturerWeight,
    PriceBins: priceBins, WordMinDocumentFrequency: wordMinDf, CharacterMinDocumentFrequency: charMinDf);
var softmax = new SoftmaxOptions(L2: l2, MaxDegreeOfParallelism: threads, RelativeTolerance: tolerance,
    History: history);
var clock = Stopwatch.StartNew();
var features = CategoryFeatures.Fit(train.Select(i => CategoryQuery.From(catalog[i])).ToList(), featureOptions);
var trainRows = train.Select(i => features.Transform(CategoryQuery.From(catalog[i]))).ToList();
double featureSeconds = clock.Elapsed.TotalSeconds;
clock.Restart();
var cpu = Process.GetCurrentProcess().TotalProcessorTime;
var model = SoftmaxRegression.Fit(trainRows, train.Select(i => classes[i]).ToList(), labels.Count,
    features.Dimension, softmax);
double fitSeconds = clock.Elapsed.TotalSeconds;
double fitCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
long nonZeros = trainRows.Sum(r => (long)r.Count);
var testRows = test.Select(i => features.Transform(CategoryQuery.From(catalog[i]))).ToList();
double accuracy = test.Select((item, n) => model.Predict(testRows[n]) == classes[item] ? 1.0 : 0).Average();

Directory.CreateDirectory(folder);
using (var split = new StreamWriter(Path.Combine(folder, "split.tsv")))
{
    split.WriteLine("uniq_id\tpart\tclass");
    foreach (int i in train)
        split.WriteLine($"{catalog[i].Id}\ttrain\t{classes[i]}");
    foreach (int i in test)
        split.WriteLine($"{catalog[i].Id}\ttest\t{classes[i]}");
}

File.WriteAllText(Path.Combine(folder, "meta.json"), string.Create(culture,
    $"{{\"features\": {features.Dimension}, \"classes\": {labels.Count}, \"l2\": {l2:R}, \"train\": {train.Length}, " +
    $"\"test\": {test.Length}, \"toyrecFitSeconds\": {fitSeconds:R}, \"toyrecAccuracy\": {accuracy:R}, " +
    $"\"toyrecObjective\": {model.Report.Value:R}, \"toyrecIterations\": {model.Report.Iterations}}}"));
WriteSvm(Path.Combine(folder, "train.svm"), trainRows, train);
WriteSvm(Path.Combine(folder, "test.svm"), testRows, test);
Console.WriteLine(string.Create(culture,
    $"toyrec features={features.Dimension} classes={labels.Count} train={train.Length} test={test.Length} " +
    $"l2={l2:G4} sklearn_C={1 / (l2 * train.Length):G6} feature_s={featureSeconds:F3} fit_s={fitSeconds:F3} " +
    $"fit_cpu_s={fitCpuSeconds:F3} nnz={nonZeros} " +
    $"iterations={model.Report.Iterations} evaluations={model.Report.Evaluations} " +
    $"objective={model.Report.Value:G8} accuracy={accuracy:F4}"));
return 0;

double Option(string name, double fallback)
{
    int at = Array.IndexOf(args, name);
    return at >= 0 ? double.Parse(args[at + 1], culture) : fallback;
}

void WriteSvm(string path, IReadOnlyList<ToyRec.Text.SparseVector> rows, int[] items)
{
    using var writer = new StreamWriter(path);
    for (int n = 0; n < rows.Count; n++)
    {
        writer.Write(classes[items[n]].ToString(culture));
        for (int p = 0; p < rows[n].Count; p++)
            writer.Write(string.Create(culture, $" {rows[n].Indices[p] + 1}:{rows[n].Values[p]:R}"));
        writer.WriteLine();
    }
}
