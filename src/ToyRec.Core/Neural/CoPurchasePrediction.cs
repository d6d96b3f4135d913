namespace ToyRec.Neural;

/// <summary>One predicted co-purchase: the label, its blended score and the two signals it came from.</summary>
/// <param name="Label">The label id.</param>
/// <param name="Name">The label's name (an also-bought slug).</param>
/// <param name="Score">w·network + (1 − w)·neighbours.</param>
/// <param name="Network">The network's probability.</param>
/// <param name="Neighbours">The similarity-weighted share of the nearest training products that had the label.</param>
public sealed record CoPurchasePrediction(int Label, string Name, double Score, double Network, double Neighbours);
