using ToyRec.Catalog;
using ToyRec.Content;

namespace ToyRec.Core.Tests.Content;

public sealed class ProductTextTests
{
    [Fact]
    public void Fields_Information_LosesTheSellersRankPassageThatNamesTheCategory()
    {
        var product = new Product
        {
            Id = "p",
            Name = "Tank engine",
            ProductInformation = "Item Weight 640 g Best Sellers Rank 52,854 in Toys & Games (See top 100) #69 in " +
                "Toys & Games > Model Trains & Railway Sets > Rail Vehicles Shipping Weight 640 g",
        };

        var information = ProductText.Fields(product, new ContentOptions(InformationWeight: 0.2f))
            .Single(f => f.Weight == 0.2f).Text;

        Assert.Equal("Item Weight 640 g  Shipping Weight 640 g", information);
    }

    [Fact]
    public void Fields_LinkedNames_AreTheSlugWordsOfBothLinkColumns()
    {
        var product = new Product
        {
            Id = "p",
            Name = "Tank engine",
            AlsoBought = [new ProductLink("Hornby-Coal-Wagon", null)],
            BoughtAfterViewing = [new ProductLink("Bachmann-Signal", "B00TEST123")],
        };

        var linked = ProductText.Fields(product, new ContentOptions(LinkedNameWeight: 0.3f))
            .Single(f => f.Weight == 0.3f && f.Text.Contains("Hornby", StringComparison.Ordinal)).Text;

        Assert.Equal("Hornby Coal Wagon Bachmann Signal", linked);
        Assert.DoesNotContain(ProductText.Fields(product, new ContentOptions()), f => f.Text.Contains("Hornby"));
    }
}
