namespace ToyRec.Server.Recommendations;

/// <summary>
/// A product being scored for a history: its total score, and the history item that contributed most (with the
/// shared terms when that contribution was content similarity, null when it was a co-purchase link).
/// </summary>
public sealed record Candidate(double Score, double BestContribution, int Source, IReadOnlyList<string>? Terms);
