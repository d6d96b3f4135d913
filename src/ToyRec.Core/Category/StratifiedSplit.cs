using ToyRec.Evaluation;

namespace ToyRec.Category;

/// <summary>A seeded split that keeps each class's share the same in both parts.</summary>
public static class StratifiedSplit
{
    /// <summary>
    /// Splits positions 0..n−1 so that each class puts round(f · nₖ) of its nₖ members into the second part,
    /// chosen in the order of one seeded permutation; both parts are returned sorted.
    /// </summary>
    public static (int[] First, int[] Second) Split(IReadOnlyList<int> labels, double secondFraction, int seed)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (secondFraction is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(secondFraction), secondFraction,
                "The fraction must lie strictly between 0 and 1.");
        }

        var order = SeededShuffle.Permutation(labels.Count, seed);
        var members = order.GroupBy(i => labels[i]).ToList();
        var second = new List<int>();
        foreach (var group in members)
        {
            var items = group.ToList();
            int take = (int)Math.Round(secondFraction * items.Count, MidpointRounding.AwayFromZero);
            second.AddRange(items.Take(take));
        }

        var inSecond = new bool[labels.Count];
        foreach (int i in second)
            inSecond[i] = true;
        var first = Enumerable.Range(0, labels.Count).Where(i => !inSecond[i]).ToArray();
        var secondSorted = second.ToArray();
        Array.Sort(secondSorted);
        return (first, secondSorted);
    }
}
