namespace ToyRec.Personal;

/// <summary>Recency weights over a history: the newest item weighs 1, the one r places before it decay^r.</summary>
internal static class HistoryWeights
{
    public static float At(int position, int length, double decay) => (float)Math.Pow(decay, length - 1 - position);
}
