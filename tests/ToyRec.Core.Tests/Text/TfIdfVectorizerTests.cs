using ToyRec.Text;

namespace ToyRec.Core.Tests.Text;

public sealed class TfIdfVectorizerTests
{
    // Three documents: "dice dice game", "card game", "dice".
    private static readonly string[] Documents = ["dice dice game", "card game", "dice"];

    [Fact]
    public void Fit_SmoothedIdf_MatchesHandComputedValues()
    {
        var vectorizer = TfIdfVectorizer.Fit(Documents);

        // idf = ln((1 + 3) / (1 + df)) + 1: card df 1, dice df 2, game df 2.
        Assert.Equal(3, vectorizer.VocabularySize);
        Tolerance.Equal(Math.Log(4.0 / 2) + 1, vectorizer.InverseDocumentFrequency(vectorizer.IndexOf("card")), 1e-6);
        Tolerance.Equal(Math.Log(4.0 / 3) + 1, vectorizer.InverseDocumentFrequency(vectorizer.IndexOf("dice")), 1e-6);
    }

    [Fact]
    public void Transform_SublinearTfThenL2_MatchesHandComputedValues()
    {
        var vectorizer = TfIdfVectorizer.Fit(Documents);
        var vector = vectorizer.Transform("dice dice game");

        // dice: (1 + ln 2) · idf(dice); game: 1 · idf(game); then divide by the norm.
        double idf = Math.Log(4.0 / 3) + 1;
        double dice = (1 + Math.Log(2)) * idf, game = idf;
        double norm = Math.Sqrt(dice * dice + game * game);
        Tolerance.Equal(dice / norm, vector.Values[Array.IndexOf(vector.Indices, vectorizer.IndexOf("dice"))], 1e-6);
        Tolerance.Equal(game / norm, vector.Values[Array.IndexOf(vector.Indices, vectorizer.IndexOf("game"))], 1e-6);
        Tolerance.Equal(1, vector.Norm(), 1e-6);
    }

    [Fact]
    public void Transform_WeightedFields_MultiplyTermFrequencies()
    {
        var vectorizer = TfIdfVectorizer.Fit(Documents);
        var vector = vectorizer.Transform([new WeightedText("dice", 1), new WeightedText("game", 0.5f)]);

        // Both idfs are equal, so the values are in the ratio of the field weights, 1 : 0.5.
        float dice = vector.Values[Array.IndexOf(vector.Indices, vectorizer.IndexOf("dice"))];
        float game = vector.Values[Array.IndexOf(vector.Indices, vectorizer.IndexOf("game"))];
        Tolerance.Equal(0.5, game / dice, 1e-6);
    }

    [Fact]
    public void Transform_UnknownWordsOnly_GivesEmptyVector()
    {
        var vector = TfIdfVectorizer.Fit(Documents).Transform("lego bricks");

        Assert.Equal(0, vector.Count);
        Tolerance.Equal(0, vector.Norm());
    }

    [Fact]
    public void Fit_BigramsAndCharNgrams_AreSeparateMarkedTerms()
    {
        var vectorizer = TfIdfVectorizer.Fit(
            [[new WeightedText("wooden train", 1), new WeightedText("cat", 1, TextAnalyzer.CharNgrams)]],
            new TfIdfOptions(WordBigrams: true));

        Assert.True(vectorizer.IndexOf("wooden train") >= 0);
        Assert.True(vectorizer.IndexOf("#<ca") >= 0);
        Assert.True(vectorizer.IndexOf("#<cat>") >= 0);
        Assert.Equal(-1, vectorizer.IndexOf("cat"));
    }

    [Fact]
    public void FitTransform_GivesTheVectorsOfFitThenTransform()
    {
        IReadOnlyList<WeightedText>[] documents =
        [
            [new WeightedText("wooden train wooden", 1), new WeightedText("train", 0.3f, TextAnalyzer.CharNgrams)],
            [new WeightedText("train set", 1), new WeightedText("Brio", 0.5f)],
            [new WeightedText("jigsaw", 1), new WeightedText("", 0.2f), new WeightedText("wooden", 0)],
            [],
        ];
        var options = new TfIdfOptions(WordBigrams: true, MinDocumentFrequency: 1);

        var (vectorizer, vectors) = TfIdfVectorizer.FitTransform(documents, options);
        var fitted = TfIdfVectorizer.Fit(documents, options);

        Assert.Equal(fitted.VocabularySize, vectorizer.VocabularySize);
        for (int d = 0; d < documents.Length; d++)
        {
            var expected = fitted.Transform(documents[d]);
            Assert.Equal(expected.Indices, vectors[d].Indices);
            Assert.Equal(expected.Values, vectors[d].Values);
        }

        Assert.Equal(0, vectors[3].Count);
    }

    [Fact]
    public void Dot_MergesIndices()
    {
        var a = new SparseVector([1, 3, 5], [1, 2, 3]);
        var b = new SparseVector([0, 3, 5, 9], [7, 4, 1, 7]);

        Tolerance.Equal(2 * 4 + 3 * 1, a.Dot(b));
        Assert.Throws<ArgumentException>(() => new SparseVector([2, 1], [1, 1]));
    }
}
