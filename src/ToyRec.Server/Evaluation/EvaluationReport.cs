using System.Text.Json;

namespace ToyRec.Server.Evaluation;

/// <summary>The answer of <c>GET /api/evaluation</c>.</summary>
public sealed record EvaluationReport(string Folder, IReadOnlyList<EvaluationFileInfo> Files,
    IReadOnlyList<JsonElement> Results, IReadOnlyList<string> Problems);
