using ToyRec.Catalog;
using ToyRec.Personal;

namespace ToyRec.Core.Tests.Personal;

public sealed class CoPurchaseGraphTests
{
    // 0 also-bought 1 and 2; shoppers who viewed 2 bought 0.
    private static readonly CoPurchaseGraph Graph = CoPurchaseGraph.Build(new ProductCatalog(
        [.. new[] { "a", "b", "c" }.Select(id => new Product { Id = id, Name = id.ToUpperInvariant() })],
        [[1, 2], [], []],
        [[], [], [0]]));

    [Fact]
    public void Build_ReverseAndViewedLinks_WeighedAndDampedByDegree()
    {
        // Row 0: 0→1 = 1, 0→2 = 1 + v·r = 1.25 (the viewed link read backwards), damped by √(1 + 2).
        Tolerance.Equal(1 / Math.Sqrt(3), Graph.Weight(0, 1), 1e-6);
        Tolerance.Equal(1.25 / Math.Sqrt(3), Graph.Weight(0, 2), 1e-6);
        // Row 1: the reverse of 0→1, r = 0.5; row 2: reverse also-bought 0.5 + viewed 0.5; both damped by √2.
        Tolerance.Equal(0.5 / Math.Sqrt(2), Graph.Weight(1, 0), 1e-6);
        Tolerance.Equal(1 / Math.Sqrt(2), Graph.Weight(2, 0), 1e-6);
        Assert.Equal(0, Graph.Weight(1, 2));
    }

    [Fact]
    public void AddScores_HiddenLink_LeftOutInBothDirections()
    {
        var open = new float[3];
        var hidden = new float[3];
        var reverse = new float[3];

        Graph.AddScores(0, 2, open);
        Graph.AddScores(0, 2, hidden, hidden: 2);
        Graph.AddScores(2, 1, reverse, hidden: 0);

        Tolerance.Equal(2.5 / Math.Sqrt(3), open[2], 1e-6);
        Assert.Equal(0, hidden[2]);
        Tolerance.Equal(2 / Math.Sqrt(3), hidden[1], 1e-6);
        Assert.Equal(new float[3], reverse);
    }
}
