namespace ToyRec.Personal;

/// <summary>
/// An extra source of "bought together" scores for <see cref="CatalogueRecommender"/>, such as a trained neural
/// co-purchase model: for one catalogue product, a score for every product (higher is more likely bought with it).
/// </summary>
public interface ICoPurchaseScorer
{
    /// <summary>Scores of every catalogue product (by position) as a co-purchase of the one at
    /// <paramref name="productIndex"/>; length = the catalogue's product count.</summary>
    float[] Score(int productIndex);

    /// <summary>The score of one candidate as a co-purchase of the product at <paramref name="productIndex"/>:
    /// the same value as <c>Score(productIndex)[candidate]</c>, which a sparse scorer can give without building the
    /// whole row.</summary>
    float Score(int productIndex, int candidate) => Score(productIndex)[candidate];

    /// <summary>Adds <paramref name="weight"/> times <c>Score(productIndex)</c> to <paramref name="into"/>; a
    /// sparse scorer adds only its few non-zero scores, without building the row.</summary>
    void AddScores(int productIndex, float weight, Span<float> into) =>
        System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(Score(productIndex), weight, into, into);

    /// <summary>A hint that <see cref="Score(int)"/> will be asked for these products, so a scorer that can work in
    /// batches may do them together now; the default does nothing.</summary>
    void Prepare(IReadOnlyCollection<int> productIndices)
    {
    }
}
