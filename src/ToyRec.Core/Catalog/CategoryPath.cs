namespace ToyRec.Catalog;

/// <summary>
/// An Amazon category path such as <c>Hobbies &gt; Model Trains &amp; Railway Sets &gt; Trains</c>, kept as its
/// levels. The first level is the product's top-level category.
/// </summary>
public sealed class CategoryPath : IEquatable<CategoryPath>
{
    /// <summary>The path of a product without a category.</summary>
    public static CategoryPath Empty { get; } = new([]);

    private readonly string _joined;
    private readonly string[] _filterNames;

    /// <summary>Creates a path from its levels, outermost first.</summary>
    public CategoryPath(IReadOnlyList<string> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        Levels = levels;
        _joined = string.Join(" > ", levels);
        // Built once: filters ask for them for every product of every request.
        _filterNames = levels.Count switch
        {
            0 => [],
            1 => [levels[0]],
            _ => [.. levels, _joined, string.Join('>', levels)],
        };
    }

    /// <summary>The levels, outermost first.</summary>
    public IReadOnlyList<string> Levels { get; }

    /// <summary>Whether the product has no category at all.</summary>
    public bool IsEmpty => Levels.Count == 0;

    /// <summary>The top-level category, or an empty string when there is none.</summary>
    public string TopLevel => Levels.Count > 0 ? Levels[0] : "";

    /// <summary>The full path joined with <c> &gt; </c>, as in the source file.</summary>
    public string FullPath => _joined;

    /// <summary>
    /// What a category filter matches this path by: each level, and the whole path as products show it
    /// ("Games &gt; Dice &amp; Dice Games") and as it is often typed, without the spaces ("Games&gt;Dice &amp; Dice
    /// Games"); empty for no category.
    /// </summary>
    public IReadOnlyList<string> FilterNames => _filterNames;

    /// <inheritdoc />
    public bool Equals(CategoryPath? other) => other is not null && _joined == other._joined;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CategoryPath);

    /// <inheritdoc />
    public override int GetHashCode() => _joined.GetHashCode(StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => _joined;
}
