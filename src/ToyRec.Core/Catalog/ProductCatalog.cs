namespace ToyRec.Catalog;

/// <summary>
/// The cleaned catalogue: products indexed by position and id, their "also bought" and "bought after viewing"
/// links resolved to positions in the catalogue, and groups of exact duplicates. Not changed once built (the link
/// arrays are shared, not copied, and nothing in ToyRec writes to them).
/// </summary>
public sealed class ProductCatalog
{
    private readonly Dictionary<string, int> _indexById;
    private readonly int[] _duplicateGroup;
    private readonly Dictionary<int, int[]> _groupMembers;
    private readonly Dictionary<string, int> _indexByNameKey;
    private readonly string[] _nameKeys;

    /// <summary>
    /// Ids of the file's products that cleaning dropped, with the reason (<c>no-category</c>), so that a lookup of
    /// one can say why it is missing.
    /// </summary>
    public IReadOnlyDictionary<string, string> DroppedIds { get; init; } = new Dictionary<string, string>();

    /// <summary>Why no product answers to an id or name (a sentence without its full stop): unknown, or
    /// dropped while cleaning and why.</summary>
    public string NotFoundMessage(string idOrName)
    {
        // Quoted as problem messages quote values: shortened, control characters escaped.
        string shown = CatalogProblem.Shorten(idOrName ?? "");
        return DroppedIds.TryGetValue(idOrName?.Trim() ?? "", out string? reason)
            ? $"The product '{shown}' is in the file but was dropped while cleaning ({reason}), so no model knows it"
            : NameKey.Of(idOrName ?? "").Length is > 0 and < MinimumPartialNameLength
                ? $"No product has the id or name '{shown}' (text this short must be a whole name)"
                : $"No product has the id or name '{shown}'";
    }

    /// <summary>Creates a catalogue from products and their resolved links (one array per product).</summary>
    public ProductCatalog(IReadOnlyList<Product> products, IReadOnlyList<int[]> alsoBought,
        IReadOnlyList<int[]> boughtAfterViewing)
    {
        ArgumentNullException.ThrowIfNull(products);
        ArgumentNullException.ThrowIfNull(alsoBought);
        ArgumentNullException.ThrowIfNull(boughtAfterViewing);
        if (alsoBought.Count != products.Count || boughtAfterViewing.Count != products.Count)
            throw new ArgumentException("Every product needs one array of resolved links per link column.");
        Products = products;
        AlsoBought = alsoBought;
        BoughtAfterViewing = boughtAfterViewing;
        _indexById = new Dictionary<string, int>(products.Count, StringComparer.Ordinal);
        _indexByNameKey = new Dictionary<string, int>(StringComparer.Ordinal);
        _nameKeys = new string[products.Count];
        var groupByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        _duplicateGroup = new int[products.Count];
        for (int i = 0; i < products.Count; i++)
        {
            if (!_indexById.TryAdd(products[i].Id, i))
                throw new ArgumentException($"Product id '{products[i].Id}' appears twice.", nameof(products));
            _nameKeys[i] = NameKey.Of(products[i].Name);
            _indexByNameKey.TryAdd(_nameKeys[i], i);
            string key = NameKey.DuplicateKey(products[i]);
            if (!groupByKey.TryGetValue(key, out int group))
                groupByKey[key] = group = groupByKey.Count;
            _duplicateGroup[i] = group;
            MostCommasInAName = Math.Max(MostCommasInAName, products[i].Name.Count(c => c == ','));
        }

        _groupMembers = Enumerable.Range(0, products.Count)
            .GroupBy(i => _duplicateGroup[i])
            .Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The products, in file order.</summary>
    public IReadOnlyList<Product> Products { get; }

    /// <summary>Number of products.</summary>
    public int Count => Products.Count;

    /// <summary>The product at a position.</summary>
    public Product this[int index] => Products[index];

    /// <summary>Per product, the positions of its "also bought" links that resolved in the catalogue.</summary>
    public IReadOnlyList<int[]> AlsoBought { get; }

    /// <summary>Per product, the positions of its "bought after viewing" links that resolved.</summary>
    public IReadOnlyList<int[]> BoughtAfterViewing { get; }

    /// <summary>Groups of two or more products with the same normalised name and manufacturer.</summary>
    public int DuplicateGroupCount => _groupMembers.Count;

    /// <summary>Finds a product's position by id.</summary>
    public bool TryGetIndex(string id, out int index) => _indexById.TryGetValue(id, out index);

    /// <summary>Whether two positions are the same product or exact duplicates of each other.</summary>
    public bool AreDuplicates(int a, int b) => _duplicateGroup[a] == _duplicateGroup[b];

    /// <summary>
    /// The first <paramref name="k"/> products of a ranked list keeping only the first of each group of exact
    /// duplicates: the file lists some toys under several ids, and a list that shows one three times tells a
    /// shopper nothing more.
    /// </summary>
    public List<int> FirstOfEachDuplicateGroup(IEnumerable<int> ranked, int k = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        var groups = new HashSet<int>();
        var kept = new List<int>();
        foreach (int index in ranked)
        {
            if (kept.Count >= k)
                break;
            if (groups.Add(_duplicateGroup[index]))
                kept.Add(index);
        }

        return kept;
    }

    /// <summary>The other products that are exact duplicates of the one at <paramref name="index"/>.</summary>
    public IEnumerable<int> DuplicatesOf(int index) =>
        _groupMembers.TryGetValue(_duplicateGroup[index], out var members) ? members.Where(m => m != index) : [];

    /// <summary>The most commas in any product name (lists of names separated by commas need it).</summary>
    public int MostCommasInAName { get; }

    /// <summary>
    /// The fewest characters of a normalised name that a tolerant match (prefix or words) accepts: shorter text,
    /// such as "a" or "1", would match some product by chance.
    /// </summary>
    public const int MinimumPartialNameLength = 3;

    /// <summary>
    /// Finds a product by id, or by name tolerantly: the exact normalised name first, then, for text of at least
    /// <see cref="MinimumPartialNameLength"/> characters, the shortest name that starts with the text, then the
    /// shortest name in which each of its words starts a word (a name without any word, such as one made of
    /// symbols, must match exactly).
    /// </summary>
    /// <returns>The position, or -1 when nothing matches.</returns>
    public int Find(string idOrName)
    {
        int exact = FindExact(idOrName);
        if (exact >= 0)
            return exact;
        string key = NameKey.Of(idOrName);
        if (key.Length < MinimumPartialNameLength)
            return -1;
        var words = key.Split(' ');
        int best = -1;
        int bestRank = int.MaxValue;
        for (int i = 0; i < Products.Count; i++)
        {
            string name = _nameKeys[i];
            int rank;
            if (name.StartsWith(key, StringComparison.Ordinal))
                rank = name.Length;
            else if (words.All(w => (" " + name).Contains(" " + w, StringComparison.Ordinal)))
                rank = 100_000 + name.Length;
            else
                continue;
            if (rank < bestRank)
                (best, bestRank) = (i, rank);
        }

        return best;
    }

    /// <summary>Finds a product by id or by its exact normalised name (the first product of that name), else -1.
    /// </summary>
    public int FindExact(string idOrName)
    {
        ArgumentNullException.ThrowIfNull(idOrName);
        if (_indexById.TryGetValue(idOrName.Trim(), out int byId))
            return byId;
        string key = NameKey.Of(idOrName);
        if (key.Length > 0)
            return _indexByNameKey.TryGetValue(key, out int byName) ? byName : -1;

        // A name of punctuation or symbols only has no words: match it exactly, ignoring case.
        string trimmed = idOrName.Trim();
        for (int i = 0; i < Products.Count; i++)
        {
            if (string.Equals(Products[i].Name, trimmed, StringComparison.OrdinalIgnoreCase))
                return i;
        }

        return -1;
    }
}
