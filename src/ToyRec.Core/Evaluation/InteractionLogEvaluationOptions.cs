using ToyRec.Personal;

namespace ToyRec.Evaluation;

/// <summary>What <see cref="InteractionLogEvaluation"/> builds and which blend weights it tries on validation.
/// </summary>
public sealed record InteractionLogEvaluationOptions
{
    /// <summary>The defaults.</summary>
    public static InteractionLogEvaluationOptions Default { get; } = new();

    /// <summary>The model's component options (its weights are replaced by the tuned ones).</summary>
    public PersonalOptions Model { get; init; } = PersonalOptions.Default;

    /// <summary>Candidate kNN weights λ.</summary>
    public IReadOnlyList<double> KnnWeights { get; init; } = [0, 0.3, 1, 2, 3, 5, 8];

    /// <summary>Candidate popularity weights μ.</summary>
    public IReadOnlyList<double> PopularityWeights { get; init; } = [0, 0.01, 0.05];

    /// <summary>Threads for scoring users; null uses all cores (results are the same either way).</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
