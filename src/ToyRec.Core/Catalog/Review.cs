namespace ToyRec.Catalog;

/// <summary>
/// One customer review. The reviewer's name is deliberately not kept: nothing needs it.
/// </summary>
/// <param name="Title">The review's headline.</param>
/// <param name="Rating">Stars given, 1 to 5.</param>
/// <param name="Date">When it was written, when the date parsed.</param>
/// <param name="Text">The body; may be cut short in the source file.</param>
/// <param name="IsTruncated">Whether the source cut this review before its end.</param>
public sealed record Review(string Title, double Rating, DateOnly? Date, string Text, bool IsTruncated);
