using ToyRec.Text;

namespace ToyRec.Content;

/// <summary>Options for <see cref="ContentEvaluator"/>.</summary>
/// <param name="K">Neighbours scored per query.</param>
/// <param name="Seed">Seed for the validation/test split of the queries and the random baseline.</param>
public sealed record ContentEvaluationOptions(int K = 5, int Seed = 42)
{
    /// <summary>
    /// The field-weight settings tried on the validation half; the best by mean strict MAP@k over the three
    /// relevance definitions is reported on the held-out half.
    /// </summary>
    public IReadOnlyList<ContentOptions> Candidates { get; init; } = DefaultCandidates();

    /// <summary>
    /// The weights of the product's own link slugs tried, on top of the best text setting, for the category
    /// relevances (zero, the text setting itself, is always tried).
    /// </summary>
    public IReadOnlyList<float> LinkedNameWeights { get; init; } = [0.15f, 0.3f, 0.6f];

    /// <summary>
    /// A small grid over the weights of manufacturer, information, sellers and name character n-grams (word
    /// bigrams on, descriptions at 0.3: both won in every setting tried).
    /// </summary>
    public static IReadOnlyList<ContentOptions> DefaultCandidates()
    {
        var grid = new List<ContentOptions>();
        foreach (float manufacturer in new[] { 0.5f, 1f })
        {
            foreach (float information in new[] { 0f, 0.2f })
            {
                foreach (float sellers in new[] { 0f, 0.3f })
                {
                    foreach (float charNgrams in new[] { 0f, 0.3f, 0.5f })
                    {
                        grid.Add(new ContentOptions(1, manufacturer, 0.3f, information, 0, 0, sellers, charNgrams)
                        {
                            TfIdf = new TfIdfOptions(WordBigrams: true),
                        });
                    }
                }
            }
        }

        return grid;
    }
}
