namespace ToyRec.Category;

/// <summary>Options for <see cref="SoftmaxRegression.Fit"/>.</summary>
/// <param name="L2">λ in the objective: mean cross-entropy + (λ / 2) ‖W‖² (the intercepts are not
/// penalised).</param>
/// <param name="MaxIterations">Most L-BFGS iterations.</param>
/// <param name="RelativeTolerance">Stop when an iteration lowers the objective by less than this fraction.</param>
/// <param name="GradientTolerance">Stop when the largest gradient component is below this.</param>
/// <param name="History">Number of correction pairs L-BFGS keeps.</param>
/// <param name="BalanceClasses">Weight each row by n / (K · nₖ) of its class k, as scikit-learn's
/// <c>class_weight="balanced"</c>.</param>
/// <param name="MaxDegreeOfParallelism">Threads for the gradient; -1 uses every core. Results do not depend
/// on it.</param>
public sealed record SoftmaxOptions(
    double L2 = 1e-5,
    int MaxIterations = 300,
    double RelativeTolerance = 1e-5,
    double GradientTolerance = 1e-6,
    int History = 10,
    int MaxDegreeOfParallelism = -1,
    bool BalanceClasses = false);
