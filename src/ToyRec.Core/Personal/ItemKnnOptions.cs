namespace ToyRec.Personal;

/// <summary>
/// Options of <see cref="ItemKnn"/>. The defaults were chosen by <see cref="Evaluation.PersonalTuner"/> on the Toys
/// 5-core validation split.
/// </summary>
/// <param name="Alpha">Asymmetry α of the cosine: 0.5 is the plain cosine; larger values damp popular sources.
/// </param>
/// <param name="Neighbours">Neighbours kept per item (the strongest); 0 keeps all.</param>
/// <param name="HistoryDecay">Weight of the item r places before the newest one is HistoryDecay^r; 1 weighs the
/// whole history alike.</param>
public sealed record ItemKnnOptions(double Alpha = 0.6, int Neighbours = 400, double HistoryDecay = 0.8)
{
    /// <summary>The defaults.</summary>
    public static ItemKnnOptions Default { get; } = new();
}
