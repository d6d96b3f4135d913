namespace ToyRec.Text;

/// <summary>Options for <see cref="Tokenizer"/>.</summary>
/// <param name="RemoveStopWords">Drop common English words that carry no meaning about a product.</param>
/// <param name="MinLength">Shortest token kept (numbers are kept whatever their length).</param>
public sealed record TokenizerOptions(bool RemoveStopWords = true, int MinLength = 2);
