namespace ToyRec.Evaluation;

/// <summary>One reported figure: a metric, under a protocol variant, for one system. Values are fractions.</summary>
/// <param name="Metric">The metric's name as the results contract gives it (<c>P@5</c>, <c>HR@10</c>, ...).</param>
/// <param name="Variant">The protocol variant (<c>same-top-level</c>, <c>toys-5core-test</c>, ...).</param>
/// <param name="System">
/// <c>toyrec</c> for ToyRec's best answer, or the name of a baseline or component (<c>random</c>, <c>knn</c>, ...).
/// </param>
/// <param name="Value">The value, as a fraction (0.266, not 26.6).</param>
public sealed record MetricValue(string Metric, string Variant, string System, double Value);
