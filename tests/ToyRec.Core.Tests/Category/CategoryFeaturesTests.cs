using ToyRec.Category;

namespace ToyRec.Core.Tests.Category;

public sealed class CategoryFeaturesTests
{
    [Fact]
    public void Terms_CharacterNGrams_PaddedWordLikeCharWb()
    {
        var terms = new List<string>();
        TermAnalyzer.Terms("Ab", TermKind.CharacterNGrams, terms);
        Assert.Equal([" a", "ab", "b ", " ab", "ab ", " ab "], terms);
    }

    [Fact]
    public void Terms_WordNGrams_UnigramsThenBigramsStopWordsKept()
    {
        var terms = new List<string>();
        TermAnalyzer.Terms("Settlers of Catan", TermKind.WordNGrams, terms);
        Assert.Equal(["settlers", "of", "catan", "settlers of", "of catan"], terms);
    }

    [Fact]
    public void Terms_WholeAndWords_WholeNameMarked()
    {
        var terms = new List<string>();
        TermAnalyzer.Terms("Hornby Hobbies", TermKind.WholeAndWords, terms);
        Assert.Equal(["=hornby hobbies", "hornby", "hobbies"], terms);
    }

    [Fact]
    public void Transform_Prices_StandardisedOnTrainingLogPrices()
    {
        // ln(1 + 9) and ln(1 + 99) have mean ln √1000 and deviation (ln 100 − ln 10) / 2, so £9 has z = −1; a
        // missing price takes the median (here the mean), z = 0, and sets the missing-price flag.
        var features = CategoryFeatures.Fit(
            [new CategoryQuery("red car", 9, 4), new CategoryQuery("blue doll", 99, 5)]);
        Tolerance.Equal(-1, Feature(features, new CategoryQuery("red car", 9, 4), "log-price"), 1e-6);
        Tolerance.Equal(1, Feature(features, new CategoryQuery("x", 99, 4), "log-price"), 1e-6);
        Tolerance.Equal(0, Feature(features, new CategoryQuery("x"), "log-price"), 1e-6);
        Tolerance.Equal(1, Feature(features, new CategoryQuery("x"), "price-missing"), 1e-6);
        Tolerance.Equal(0, Feature(features, new CategoryQuery("x", 9), "price-missing"), 1e-6);
        Tolerance.Equal(-1, Feature(features, new CategoryQuery("x", 9, 4), "rating"), 1e-6);
        Tolerance.Equal(0, Feature(features, new CategoryQuery("x", 9), "rating"), 1e-6);
    }

    [Fact]
    public void Transform_NameBlocks_EachUnitLength()
    {
        var features = CategoryFeatures.Fit([new CategoryQuery("red car"), new CategoryQuery("blue car")]);
        var vector = features.Transform(new CategoryQuery("red car", 5, 4));
        double words = 0, characters = 0;
        for (int p = 0; p < vector.Count; p++)
        {
            string name = features.FeatureName(vector.Indices[p]);
            double square = (double)vector.Values[p] * vector.Values[p];
            if (name.StartsWith("WordNGrams:", StringComparison.Ordinal))
                words += square;
            else if (name.StartsWith("CharacterNGrams:", StringComparison.Ordinal))
                characters += square;
        }

        Tolerance.Equal(1, words, 1e-6);
        Tolerance.Equal(1, characters, 1e-6);
        Tolerance.Equal(1, features.NameVector("red car").Dot(features.NameVector("red car")), 1e-6);
    }

    [Fact]
    public void From_ImputedPrice_TreatedAsMissing()
    {
        var product = new ToyRec.Catalog.Product
        {
            Id = "a",
            Name = "Dice",
            Price = ToyRec.Catalog.PriceRange.Single(3.5m),
            PriceSource = ToyRec.Catalog.PriceImputation.CategoryPath,
            ProductInformation = "Weight 5 g Best Sellers Rank 5 in Toys & Games > Games Shipping Weight 5 g",
        };
        var query = CategoryQuery.From(product);
        Assert.Null(query.Price);
        Assert.DoesNotContain("Sellers", query.Text, StringComparison.Ordinal);
        Assert.Contains("Shipping Weight", query.Text, StringComparison.Ordinal);
        Assert.Equal(3.5, CategoryQuery.From(product with { PriceSource = ToyRec.Catalog.PriceImputation.None }).Price);
    }

    private static double Feature(CategoryFeatures features, CategoryQuery query, string name)
    {
        var vector = features.Transform(query);
        for (int p = 0; p < vector.Count; p++)
        {
            if (features.FeatureName(vector.Indices[p]) == name)
                return vector.Values[p];
        }

        return 0;
    }
}
