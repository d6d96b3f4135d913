namespace ToyRec.Personal;

/// <summary>
/// Options of <see cref="PersonalModel"/>: its two component models and the blend weights. The defaults were
/// chosen on the Toys 5-core validation split; <c>toyrec evaluate personal</c> tunes the weights again on the
/// validation split of the log it is given.
/// </summary>
public sealed record PersonalOptions
{
    /// <summary>The defaults.</summary>
    public static PersonalOptions Default { get; } = new();

    /// <summary>The item-kNN component.</summary>
    public ItemKnnOptions Knn { get; init; } = ItemKnnOptions.Default;

    /// <summary>The transitions component.</summary>
    public TransitionOptions Transitions { get; init; } = TransitionOptions.Default;

    /// <summary>Weight λ of the item-kNN scores (the transition scores weigh 1).</summary>
    public double KnnWeight { get; init; } = 3;

    /// <summary>Weight μ of the popularity scores (which also order items the other two do not reach).</summary>
    public double PopularityWeight { get; init; } = 0.05;
}
