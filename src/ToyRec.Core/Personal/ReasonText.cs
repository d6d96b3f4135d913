namespace ToyRec.Personal;

/// <summary>
/// The shared words of recommendation reasons (similar to, bought together with, predicted with, in the same category
/// as), so that the CLI, the API and the web page explain the same pair of products the same way. Product names
/// longer than <see cref="NameLength"/> characters are cut with an ellipsis, so that a reason stays one readable
/// line.
/// </summary>
public static class ReasonText
{
    /// <summary>The longest product name a reason quotes whole.</summary>
    public const int NameLength = 60;

    /// <summary>"similar to NAME: shared terms a, b, c" (without the terms when there are none).</summary>
    public static string SimilarTo(string name, IReadOnlyCollection<string> sharedTerms)
    {
        ArgumentNullException.ThrowIfNull(sharedTerms);
        return sharedTerms.Count == 0 ? $"similar to {Short(name)}"
            : $"similar to {Short(name)}: shared terms {string.Join(", ", sharedTerms)}";
    }

    /// <summary>"bought together with NAME", for a product on the other's also-bought list.</summary>
    public static string BoughtTogether(string name) => $"bought together with {Short(name)}";

    /// <summary>"predicted to be bought with NAME by the co-purchase network".</summary>
    public static string PredictedWith(string name) =>
        $"predicted to be bought with {Short(name)} by the co-purchase network";

    /// <summary>"in the same category as NAME (CATEGORY)".</summary>
    public static string SameCategory(string name, string category) =>
        $"in the same category as {Short(name)} ({category})";

    /// <summary>The name whole, or its first <see cref="NameLength"/> − 1 characters and an ellipsis.</summary>
    public static string Short(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length <= NameLength)
            return name;
        // Never between the two halves of a surrogate pair (an emoji), which would print as U+FFFD.
        int cut = char.IsHighSurrogate(name[NameLength - 2]) ? NameLength - 2 : NameLength - 1;
        return string.Concat(name.AsSpan(0, cut), "…");
    }
}
