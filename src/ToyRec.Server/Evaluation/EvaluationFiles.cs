using System.Text.Json;
using ToyRec.Evaluation;

namespace ToyRec.Server.Evaluation;

/// <summary>
/// The evaluation results <c>toyrec run</c> left in its output folder: every <c>evaluation-*.json</c>, each one
/// EvaluationResult in the <c>--json</c> contract, passed through as written. A file that is not a JSON object
/// with a <c>model</c> and <c>metrics</c> is listed under problems instead of failing the whole answer. The models
/// <c>run</c> could not evaluate (a result with no figures and <c>details.skipped</c>), the variants it left out
/// (<c>details.skippedVariants</c>) and parts with a <c>skipped</c> reason of their own are listed under skipped.
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
        var skipped = new List<string>();
        if (File.Exists(Folder))
        {
            problems.Add($"'{Folder}' is a file; the evaluation folder is where 'toyrec run' writes {Pattern}.");
            return new EvaluationReport(Path.GetFullPath(Folder), files, results, problems, skipped);
        }

        if (!Directory.Exists(Folder))
        {
            problems.Add($"The evaluation folder '{Folder}' does not exist yet; 'toyrec run' writes it.");
            return new EvaluationReport(Path.GetFullPath(Folder), files, results, problems, skipped);
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
                if (metrics.GetArrayLength() == 0 && SkipReason(details) is { } why)
                {
                    skipped.Add($"{model}: not evaluated: {why}");
                    continue;
                }

                if (details.ValueKind == JsonValueKind.Object)
                    skipped.AddRange(SkippedParts(model, details));
                results.Add(root.Clone());
            }
            catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
            {
                problems.Add($"{name}: {e.Message}");
            }
        }

        return new EvaluationReport(Path.GetFullPath(Folder), files, results, problems, skipped);
    }

    // The variants an evaluation left out (details.skippedVariants) and its parts with a reason of their own
    // (details.<part>.skipped, as the neural variants and the personal catalogue figures write them).
    private static IEnumerable<string> SkippedParts(string model, JsonElement details)
    {
        if (details.TryGetProperty(EvaluationResult.SkippedVariantsKey, out var variants) &&
            variants.ValueKind == JsonValueKind.Object)
        {
            foreach (var variant in variants.EnumerateObject())
                yield return $"{model} {variant.Name}: not scored: {variant.Value}";
        }

        foreach (var part in details.EnumerateObject())
        {
            if (SkipReason(part.Value) is { } why)
                yield return $"{model} {part.Name}: not evaluated: {why}";
        }
    }

    private static string? SkipReason(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(EvaluationResult.SkippedKey, out var why) &&
        why.ValueKind == JsonValueKind.String ? why.GetString() : null;
}
