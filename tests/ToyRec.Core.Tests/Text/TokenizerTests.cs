using ToyRec.Text;

namespace ToyRec.Core.Tests.Text;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("The Children's Wooden Train", new[] { "childrens", "wooden", "train" })]
    [InlineData("Dice set of 12, £3.42 only", new[] { "dice", "set", "12", "£3.42" })]
    [InlineData("Pack of 1,000 pieces (1.5 cm)", new[] { "pack", "1000", "pieces", "1.5", "cm" })]
    [InlineData("Hornby R8150 Catalogue", new[] { "hornby", "r8150", "catalogue" })]
    [InlineData("Set (SI-TY1017) Toy", new[] { "set", "si", "ty1017", "sity1017", "toy" })]
    [InlineData("Ninja-Turtles Figure", new[] { "ninja", "turtles", "figure" })]
    [InlineData("Café Spiel für Kinder", new[] { "café", "spiel", "für", "kinder" })]
    public void Tokenize_ProductText_GivesExpectedTokens(string text, string[] expected) =>
        Assert.Equal(expected, Tokenizer.Default.Tokenize(text));

    [Fact]
    public void Tokenize_WithoutStopWordRemoval_KeepsThem() =>
        Assert.Equal(["the", "train"],
            new Tokenizer(new TokenizerOptions(RemoveStopWords: false)).Tokenize("The train"));

    [Fact]
    public void Tokenize_EmptyOrPunctuation_GivesNothing()
    {
        Assert.Empty(Tokenizer.Default.Tokenize(""));
        Assert.Empty(Tokenizer.Default.Tokenize(" -- !! £ "));
    }
}
