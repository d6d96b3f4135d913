using ToyRec.Evaluation;

namespace ToyRec.Neural;

/// <summary>What <see cref="CoPurchaseEvaluation.Run"/> returns: the figures and the all-labels model.</summary>
/// <param name="Result">The evaluation, in the <c>{model, protocol, metrics, details}</c> contract.</param>
/// <param name="Model">The all-labels model trained for it (on the training products only).</param>
public sealed record CoPurchaseEvaluationRun(EvaluationResult Result, CoPurchaseModel Model);
