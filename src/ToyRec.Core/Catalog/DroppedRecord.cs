namespace ToyRec.Catalog;

/// <summary>A record the reader or the cleaner dropped: the line it starts on and why.</summary>
/// <param name="Line">The file line the record starts on (1 is the header).</param>
/// <param name="Reason">The reason, as counted in <see cref="CleaningReport.RowsDropped"/>.</param>
public sealed record DroppedRecord(int Line, string Reason);
