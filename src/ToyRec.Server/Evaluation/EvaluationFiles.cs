using System.Text.Json;

namespace ToyRec.Server.Evaluation;

/// <summary>
/// The evaluation results <c>toyrec run</c> left in its output folder: every <c>evaluation-*.json</c>, each one
/// EvaluationResult in the <c>--json</c> contract, passed through as written. A file that is not a JSON object
/// with a <c>model</c> and <c>metrics</c> is listed under problems instead of failing the whole answer, and so are
/// the models <c>run</c> could not evaluate (a result with no figures and <c>details.skipped</c>) and the variants
/// it left out (<c>details.skippedVariants</c>), each with its reason.
/// </summary>
public sealed class EvaluationFiles(string folder)
{
    public const string Pattern = "evaluation-*.json";

    public string Folder { get; } = folder;

    public EvaluationReport Read()
    {
        var results = new List<JsonElement>();
        var files = new List<EvaluationFileInfo>();
        var problems = new List<string>();
        if (File.Exists(Folder))
        {
            problems.Add($"'{Folder}' is a file; the evaluation folder is where 'toyrec run' writes {Pattern}.");
            return new EvaluationReport(Path.GetFullPath(Folder), files, results, problems);
        }

        if (!Directory.Exists(Folder))
        {
            problems.Add($"The evaluation folder '{Folder}' does not exist yet; 'toyrec run' writes it.");
            return new EvaluationReport(Path.GetFullPath(Folder), files, results, problems);
        }

        foreach (string path in Directory.EnumerateFiles(Folder, Pattern).Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(path);
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllBytes(path));
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("model", out _) ||
                    !root.TryGetProperty("metrics", out var metrics) || metrics.ValueKind != JsonValueKind.Array)
                {
                    problems.Add($"{name}: not an evaluation result (needs an object with model and metrics).");
                    continue;
                }

                files.Add(new EvaluationFileInfo(name, File.GetLastWriteTimeUtc(path)));
                string model = root.GetProperty("model").ToString();
                var details = root.TryGetProperty("details", out var found) && found.ValueKind == JsonValueKind.Object
                    ? found : default;
                if (details.ValueKind == JsonValueKind.Object && details.TryGetProperty("skipped", out var why) &&
                    metrics.GetArrayLength() == 0)
                {
                    problems.Add($"{model}: not evaluated: {why}");
                    continue;
                }

                if (details.ValueKind == JsonValueKind.Object &&
                    details.TryGetProperty(ToyRec.Evaluation.EvaluationResult.SkippedVariantsKey, out var variants) &&
                    variants.ValueKind == JsonValueKind.Object)
                {
                    foreach (var variant in variants.EnumerateObject())
                        problems.Add($"{model} {variant.Name}: not scored: {variant.Value}");
                }

                results.Add(root.Clone());
            }
            catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
            {
                problems.Add($"{name}: {e.Message}");
            }
        }

        return new EvaluationReport(Path.GetFullPath(Folder), files, results, problems);
    }
}
