namespace ToyRec.Server.Recommendations;

/// <summary>
/// A product being scored for a history: its total score, and the history item that contributed most, by content
/// similarity or by a co-purchase link.
/// </summary>
public sealed record Candidate(double Score, double BestContribution, int Source, bool ByContent);
