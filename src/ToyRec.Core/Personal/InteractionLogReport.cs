namespace ToyRec.Personal;

/// <summary>
/// What reading an interaction log did with every line: each line is either kept or skipped with a reason (blank
/// lines under <c>blank</c> and a CSV header under <c>header</c> included), so <see cref="LinesRead"/> =
/// <see cref="LinesKept"/> + the sum of <see cref="LinesSkipped"/>.
/// </summary>
/// <param name="Source">The file (or name) the log came from.</param>
/// <param name="Format">The format it was read as (<c>sequential</c> or <c>csv</c>).</param>
/// <param name="LinesRead">Physical lines read, header included.</param>
/// <param name="LinesKept">Lines that gave at least one interaction (the header is not counted as kept).</param>
/// <param name="BlankLines">Empty or all-whitespace lines (also counted in <see cref="LinesSkipped"/>).</param>
/// <param name="HeaderLines">1 when a CSV header line was recognised, else 0 (also counted in
/// <see cref="LinesSkipped"/>).</param>
/// <param name="LinesSkipped">Lines dropped, by reason (see the reason constants of the reader).</param>
/// <param name="RepeatedItemsDropped">Items that a sequential line named again after their first place (the first
/// place is kept).</param>
/// <param name="Problems">The first few problems, each naming file, line and value.</param>
public sealed record InteractionLogReport(
    string Source,
    string Format,
    int LinesRead,
    int LinesKept,
    int BlankLines,
    int HeaderLines,
    IReadOnlyDictionary<string, int> LinesSkipped,
    int RepeatedItemsDropped,
    IReadOnlyList<string> Problems);
