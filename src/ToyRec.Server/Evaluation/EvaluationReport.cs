using System.Text.Json;

namespace ToyRec.Server.Evaluation;

/// <summary>
/// The answer of <c>GET /api/evaluation</c>: the results, the files that could not be read (<c>Problems</c>), and
/// what <c>toyrec run</c> could not evaluate, each with its reason (<c>Skipped</c>: whole models, variants, and
/// parts of a model such as the neural in-catalogue variant or the personal catalogue figures).
/// </summary>
public sealed record EvaluationReport(string Folder, IReadOnlyList<EvaluationFileInfo> Files,
    IReadOnlyList<JsonElement> Results, IReadOnlyList<string> Problems, IReadOnlyList<string> Skipped);
