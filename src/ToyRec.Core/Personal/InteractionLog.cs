namespace ToyRec.Personal;

/// <summary>
/// Users' interaction histories in time order, with users and items mapped to dense indices (in order of first
/// appearance). Immutable; models take this (or its <see cref="Sequences"/>) and never read files themselves.
/// </summary>
public sealed class InteractionLog
{
    private readonly Dictionary<string, int> _userIndex;
    private readonly Dictionary<string, int> _itemIndex;

    /// <summary>Creates a log from ids and per-user sequences of item indices.</summary>
    /// <exception cref="ArgumentException">Ids repeat, the sequences do not match the users, or an index is out
    /// of range.</exception>
    public InteractionLog(IReadOnlyList<string> userIds, IReadOnlyList<string> itemIds,
        IReadOnlyList<int[]> sequences, InteractionLogReport report)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        ArgumentNullException.ThrowIfNull(itemIds);
        ArgumentNullException.ThrowIfNull(sequences);
        ArgumentNullException.ThrowIfNull(report);
        if (sequences.Count != userIds.Count)
        {
            throw new ArgumentException(
                $"{sequences.Count} sequences for {userIds.Count} users; expected one sequence per user.",
                nameof(sequences));
        }

        _userIndex = IndexOf(userIds, nameof(userIds));
        _itemIndex = IndexOf(itemIds, nameof(itemIds));
        for (int u = 0; u < sequences.Count; u++)
        {
            foreach (int item in sequences[u])
            {
                if ((uint)item >= (uint)itemIds.Count)
                {
                    throw new ArgumentException(
                        $"User '{userIds[u]}' has item index {item}; expected 0 to {itemIds.Count - 1}.",
                        nameof(sequences));
                }
            }
        }

        UserIds = userIds;
        ItemIds = itemIds;
        Sequences = sequences;
        Report = report;
        InteractionCount = sequences.Sum(s => s.Length);
    }

    /// <summary>User ids, by user index.</summary>
    public IReadOnlyList<string> UserIds { get; }

    /// <summary>Item ids as the file gives them, by item index.</summary>
    public IReadOnlyList<string> ItemIds { get; }

    /// <summary>Per user, the item indices in time order (oldest first).</summary>
    public IReadOnlyList<int[]> Sequences { get; }

    /// <summary>How every line of the file was used.</summary>
    public InteractionLogReport Report { get; }

    /// <summary>Number of users.</summary>
    public int UserCount => UserIds.Count;

    /// <summary>Number of distinct items.</summary>
    public int ItemCount => ItemIds.Count;

    /// <summary>Number of (user, item) interactions.</summary>
    public int InteractionCount { get; }

    /// <summary>Finds a user's index by id.</summary>
    public bool TryGetUser(string userId, out int index) => _userIndex.TryGetValue(userId, out index);

    /// <summary>Finds an item's index by id.</summary>
    public bool TryGetItem(string itemId, out int index) => _itemIndex.TryGetValue(itemId, out index);

    private static Dictionary<string, int> IndexOf(IReadOnlyList<string> ids, string parameter)
    {
        var index = new Dictionary<string, int>(ids.Count, StringComparer.Ordinal);
        for (int i = 0; i < ids.Count; i++)
        {
            if (!index.TryAdd(ids[i], i))
                throw new ArgumentException($"Id '{ids[i]}' appears twice; expected unique ids.", parameter);
        }

        return index;
    }
}
