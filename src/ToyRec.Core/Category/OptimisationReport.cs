namespace ToyRec.Category;

/// <summary>What an L-BFGS run ended with.</summary>
/// <param name="Iterations">Iterations taken.</param>
/// <param name="Evaluations">Objective evaluations, line-search trials included.</param>
/// <param name="Value">The objective at the end.</param>
/// <param name="Converged">Whether a tolerance was met before the iteration limit.</param>
public sealed record OptimisationReport(int Iterations, int Evaluations, double Value, bool Converged);
