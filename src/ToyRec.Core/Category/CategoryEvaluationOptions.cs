namespace ToyRec.Category;

/// <summary>Options for <see cref="CategoryEvaluator.Evaluate"/>.</summary>
/// <param name="Seed">Seed of the train/test split and of the validation split inside training.</param>
/// <param name="TestFraction">Share of the labelled products held out for the single test.</param>
/// <param name="MinimumClassSize">Top-level categories with fewer products are folded into <c>Other</c>.</param>
public sealed record CategoryEvaluationOptions(int Seed = 42, double TestFraction = 0.2, int MinimumClassSize = 10)
{
    /// <summary>Model options shared by both variants (the variant sets the feature set).</summary>
    public CategoryModelOptions Model { get; init; } = new();
}
