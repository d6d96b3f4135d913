namespace ToyRec.Server.Evaluation;

/// <summary>One evaluation file that was read.</summary>
public sealed record EvaluationFileInfo(string Name, DateTime WrittenUtc);
