namespace ToyRec.Personal;

/// <summary>Options of <see cref="Transitions"/>, chosen by <see cref="Evaluation.PersonalTuner"/> on validation.
/// </summary>
/// <param name="Window">How many places ahead a later item still counts as following an earlier one.</param>
/// <param name="GapDecay">Weight of a pair g places apart is GapDecay^(g−1).</param>
/// <param name="Backward">Weight of the reverse direction (j before i counts towards i → j) relative to the
/// forward one.</param>
/// <param name="HistoryDecay">Weight of the item r places before the newest one is HistoryDecay^r.</param>
/// <param name="Neighbours">Successors kept per item (the strongest); 0 keeps all.</param>
public sealed record TransitionOptions(
    int Window = 10,
    double GapDecay = 0.8,
    double Backward = 0.15,
    double HistoryDecay = 0.6,
    int Neighbours = 0)
{
    /// <summary>The defaults.</summary>
    public static TransitionOptions Default { get; } = new();
}
