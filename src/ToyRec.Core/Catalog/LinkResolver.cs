namespace ToyRec.Catalog;

/// <summary>Which rule picked the target of a link.</summary>
public enum LinkSettlement
{
    /// <summary>The link matched no product.</summary>
    Outside,

    /// <summary>
    /// The link names only the linking product: its own or an exact duplicate's ASIN, or a slug that matched only its
    /// own name or an exact duplicate's (typically another size or edition of it that is not in the catalogue).
    /// Counted as outside.
    /// </summary>
    OnlyItself,

    /// <summary>
    /// The slug is only a manufacturer's name or the start of one ("Ravensburger", "Amscan-International",
    /// "The-Creativity" of The Creativity Hub), or one word that starts several names ("Inflatable"): Amazon cut
    /// it too short to tell which product it meant, so it is counted as outside. A slug that is one product's whole
    /// name is never vague.
    /// </summary>
    TooVague,

    /// <summary>Both sides had the same ASIN.</summary>
    Asin,

    /// <summary>The slug matched exactly one product.</summary>
    Unique,

    /// <summary>Several matched, and the slug is the whole name of exactly one of them, which was taken.</summary>
    ExactName,

    /// <summary>Several matched; the one sharing the linking product's manufacturer was taken.</summary>
    Manufacturer,

    /// <summary>Several matched; the one sharing the linking product's category path was taken.</summary>
    Category,

    /// <summary>Several matched; the one with the most reviews was taken (file order breaks ties).</summary>
    Reviews,
}

/// <summary>
/// Resolves "also bought" links to catalogue products: by ASIN when both sides have one, otherwise by matching
/// the slug's words to the first words of a product's name. Amazon cut slugs to a few words, so a slug often
/// matches several names; the tie is settled by the one name the slug is whole, then the linking product's
/// manufacturer, then its category path, then the most reviews. Otherwise a slug that is only a manufacturer's name,
/// or a single word shared by several names, is not settled at all: settling it would send every such link to one
/// product of that brand or word (on the Kaggle file, more than half of the links that matched a name).
/// </summary>
public sealed class LinkResolver
{
    private readonly IReadOnlyList<Product> _products;
    private readonly Dictionary<string, List<int>> _byNamePrefix = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byAsin = new(StringComparer.Ordinal);
    private readonly HashSet<string> _makerNamePrefixes = new(StringComparer.Ordinal);
    private readonly string[] _nameKeys;
    private readonly string[] _duplicateKeys;

    /// <summary>Indexes the products' names and ASINs.</summary>
    public LinkResolver(IReadOnlyList<Product> products)
    {
        ArgumentNullException.ThrowIfNull(products);
        _products = products;
        _nameKeys = new string[products.Count];
        _duplicateKeys = [.. products.Select(NameKey.DuplicateKey)];
        for (int i = 0; i < products.Count; i++)
        {
            if (products[i].Asin is { } asin)
                _byAsin.TryAdd(asin, i);
            // A maker's name and its word prefixes ("The Creativity" of "The Creativity Hub").
            string makerPrefix = "";
            foreach (string word in NameKey.Words(products[i].Manufacturer))
                _makerNamePrefixes.Add(makerPrefix = makerPrefix.Length == 0 ? word : makerPrefix + " " + word);
            var words = NameKey.Words(products[i].Name);
            string prefix = "";
            foreach (string word in words)
            {
                prefix = prefix.Length == 0 ? word : prefix + " " + word;
                if (!_byNamePrefix.TryGetValue(prefix, out var list))
                    _byNamePrefix[prefix] = list = [];
                list.Add(i);
            }

            _nameKeys[i] = prefix;
        }
    }

    /// <summary>Resolves one link of the product at <paramref name="fromIndex"/>.</summary>
    /// <returns>The target's index (or -1), the number of candidates, and the rule that settled it.</returns>
    public (int Target, int Candidates, LinkSettlement SettledBy) Resolve(int fromIndex, ProductLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        string own = _duplicateKeys[fromIndex];
        if (link.Asin is not null && _byAsin.TryGetValue(link.Asin, out int byAsin))
        {
            // The linking product's own key is among the duplicates' keys, so this covers its own ASIN too.
            return _duplicateKeys[byAsin] == own
                ? (-1, 0, LinkSettlement.OnlyItself)
                : (byAsin, 1, LinkSettlement.Asin);
        }

        string key = NameKey.Of(link.Slug);
        if (key.Length == 0 || !_byNamePrefix.TryGetValue(key, out var matches))
            return (-1, 0, LinkSettlement.Outside);
        var candidates = matches.Where(i => _duplicateKeys[i] != own).ToList();
        if (candidates.Count == 0)
            return (-1, 0, LinkSettlement.OnlyItself);
        // A slug that is a product's whole name names it, even when it is also a maker's name or one word.
        if (candidates.Count(i => _nameKeys[i] == key) == 1)
        {
            int exact = candidates.First(i => _nameKeys[i] == key);
            return candidates.Count == 1 ? (exact, 1, LinkSettlement.Unique)
                : (exact, candidates.Count, LinkSettlement.ExactName);
        }

        if (_makerNamePrefixes.Contains(key) || (candidates.Count > 1 && !key.Contains(' ', StringComparison.Ordinal)))
            return (-1, candidates.Count, LinkSettlement.TooVague);
        if (candidates.Count == 1)
            return (candidates[0], 1, LinkSettlement.Unique);

        var from = _products[fromIndex];
        int count = candidates.Count;
        if (from.Manufacturer.Length > 0)
        {
            var sameMaker = candidates.Where(i => string.Equals(_products[i].Manufacturer, from.Manufacturer,
                StringComparison.OrdinalIgnoreCase)).ToList();
            if (sameMaker.Count == 1)
                return (sameMaker[0], count, LinkSettlement.Manufacturer);
            if (sameMaker.Count > 1)
                candidates = sameMaker;
        }

        if (!from.Category.IsEmpty)
        {
            var sameCategory = candidates.Where(i => _products[i].Category.Equals(from.Category)).ToList();
            if (sameCategory.Count == 1)
                return (sameCategory[0], count, LinkSettlement.Category);
            if (sameCategory.Count > 1)
                candidates = sameCategory;
        }

        int best = candidates.MaxBy(i => (_products[i].ReviewCount ?? 0, -i));
        return (best, count, LinkSettlement.Reviews);
    }
}
