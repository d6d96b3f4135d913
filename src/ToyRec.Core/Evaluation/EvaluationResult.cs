namespace ToyRec.Evaluation;

/// <summary>
/// The outcome of evaluating one model: how it was measured, the figures, and anything else worth keeping
/// (per-class tables, confusion matrices, counts). Serialised as <c>{model, protocol, metrics, details}</c>.
/// </summary>
/// <param name="Model">The model evaluated: <c>content</c>, <c>category</c>, <c>neural</c> or <c>personal</c>.</param>
/// <param name="Protocol">How: split sizes, seed, relevance definitions, chosen options.</param>
/// <param name="Metrics">The figures.</param>
/// <param name="Details">Tables and counts that are not single figures.</param>
public sealed record EvaluationResult(
    string Model,
    IReadOnlyDictionary<string, object?> Protocol,
    IReadOnlyList<MetricValue> Metrics,
    IReadOnlyDictionary<string, object?> Details)
{
    /// <summary>
    /// The key in <see cref="Details"/> of the variants left out of <see cref="Metrics"/>, each with its reason
    /// (no query to score, or a relevance every list meets): printed and reported beside the figures.
    /// </summary>
    public const string SkippedVariantsKey = "skippedVariants";

    /// <summary>
    /// The key of a reason why a model, or a part of its details (a variant, the catalogue figures), was not
    /// evaluated: in <see cref="Details"/> itself for a whole model, or in a part's own dictionary.
    /// </summary>
    public const string SkippedKey = "skipped";

    /// <summary>The value of one figure, or null when it was not reported.</summary>
    public double? Find(string metric, string variant, string system) =>
        Metrics.FirstOrDefault(m => m.Metric == metric && m.Variant == variant && m.System == system)?.Value;

    /// <summary>
    /// Every part left out, with its reason: the variants of <see cref="SkippedVariantsKey"/> and the parts of
    /// <see cref="Details"/> that carry a <see cref="SkippedKey"/> reason of their own (a neural variant, the personal
    /// catalogue figures). A method, not a property, so that the JSON form stays the four fields.
    /// </summary>
    public IEnumerable<(string Part, string Reason)> SkippedParts()
    {
        foreach (var (variant, reason) in SkippedVariants())
            yield return (variant, reason);
        foreach (var (part, value) in Details)
        {
            if (value is IReadOnlyDictionary<string, object?> nested &&
                nested.GetValueOrDefault(SkippedKey) is string why)
                yield return (part, why);
        }
    }

    // The variants left out, with their reasons (empty when none was).
    private IReadOnlyDictionary<string, string> SkippedVariants() =>
        Details.GetValueOrDefault(SkippedVariantsKey) as IReadOnlyDictionary<string, string>
        ?? new Dictionary<string, string>();
}
