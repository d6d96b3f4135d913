namespace ToyRec.Text;

/// <summary>Options for <see cref="TfIdfVectorizer"/>.</summary>
/// <param name="SublinearTf">Use 1 + ln(count) instead of the raw count, so repeated words do not dominate.</param>
/// <param name="SmoothIdf">Use ln((1 + n) / (1 + df)) + 1, as if one extra document held every term.</param>
/// <param name="MinDocumentFrequency">Terms in fewer documents are left out of the vocabulary.</param>
/// <param name="WordBigrams">Also count pairs of adjacent tokens within a field.</param>
public sealed record TfIdfOptions(
    bool SublinearTf = true,
    bool SmoothIdf = true,
    int MinDocumentFrequency = 1,
    bool WordBigrams = false)
{
    /// <summary>The tokenizer for every field.</summary>
    public Tokenizer Tokenizer { get; init; } = Tokenizer.Default;
}
