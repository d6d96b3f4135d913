namespace ToyRec.Evaluation;

/// <summary>
/// The leave-one-out protocol for sequential recommendation: per user, the last item is the test target, the
/// second-to-last the validation target, and everything before the target is the history. Models are built from
/// the histories only, so no target is ever seen in training.
/// </summary>
/// <remarks>
/// Users with fewer than <see cref="MinimumLength"/> items cannot give a history, a validation and a test item
/// and are skipped and counted in <see cref="SkippedUsers"/>. The protocol is the one of Kang and McAuley,
/// "Self-attentive sequential recommendation" (ICDM 2018), with full ranking over all items as in Krichene and
/// Rendle, "On sampled metrics for item recommendation" (KDD 2020).
/// </remarks>
public sealed class LeaveOneOutSplit
{
    /// <summary>The fewest items a user needs: at least one history item, a validation and a test item.</summary>
    public const int MinimumLength = 3;

    private LeaveOneOutSplit(LeaveOneOutTarget target, int[] users, int[][] histories, int[] targets, int skipped)
    {
        Target = target;
        Users = users;
        Histories = histories;
        Targets = targets;
        SkippedUsers = skipped;
    }

    /// <summary>Which item is held out.</summary>
    public LeaveOneOutTarget Target { get; }

    /// <summary>The users kept, as indices into the sequences the split was made from (ascending).</summary>
    public IReadOnlyList<int> Users { get; }

    /// <summary>Per kept user (same order as <see cref="Users"/>), the items before the target, oldest first.
    /// </summary>
    public IReadOnlyList<int[]> Histories { get; }

    /// <summary>Per kept user, the held-out item.</summary>
    public IReadOnlyList<int> Targets { get; }

    /// <summary>Users with fewer than <see cref="MinimumLength"/> items, left out of the split.</summary>
    public int SkippedUsers { get; }

    /// <summary>Number of users kept.</summary>
    public int Count => Users.Count;

    /// <summary>Makes the split of per-user sequences (oldest first) for one target.</summary>
    public static LeaveOneOutSplit Create(IReadOnlyList<int[]> sequences, LeaveOneOutTarget target)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        int cut = target == LeaveOneOutTarget.Test ? 1 : 2;
        var users = new List<int>(sequences.Count);
        var histories = new List<int[]>(sequences.Count);
        var targets = new List<int>(sequences.Count);
        int skipped = 0;
        for (int u = 0; u < sequences.Count; u++)
        {
            var sequence = sequences[u];
            if (sequence.Length < MinimumLength)
            {
                skipped++;
                continue;
            }

            users.Add(u);
            histories.Add(sequence[..^cut]);
            targets.Add(sequence[^cut]);
        }

        return new LeaveOneOutSplit(target, [.. users], [.. histories], [.. targets], skipped);
    }
}
