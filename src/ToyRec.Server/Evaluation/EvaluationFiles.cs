using System.Text.Json;

namespace ToyRec.Server.Evaluation;

/// <summary>
/// The evaluation results <c>toyrec run</c> left in its output folder: every <c>evaluation-*.json</c>, each one
/// EvaluationResult in the <c>--json</c> contract, passed through as written. A file that is not a JSON object
/// with a <c>model</c> and <c>metrics</c> is listed under problems instead of failing the whole answer.
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

                results.Add(root.Clone());
                files.Add(new EvaluationFileInfo(name, File.GetLastWriteTimeUtc(path)));
            }
            catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
            {
                problems.Add($"{name}: {e.Message}");
            }
        }

        return new EvaluationReport(Path.GetFullPath(Folder), files, results, problems);
    }
}
