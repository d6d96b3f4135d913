using ToyRec.Catalog;
using ToyRec.Ranking;

namespace ToyRec.Neural;

/// <summary>
/// ToyRec's co-purchase predictor: the network's probabilities blended with the nearest-neighbour label vote,
/// s = w·p_network + (1 − w)·p_neighbours, with w chosen on validation products.
/// </summary>
/// <remarks>A linear blend of two scores (a "stacking" of rankers with one weight, cf. Koren, "The BellKor
/// solution to the Netflix Grand Prize", 2009, for blends tuned on held-out data).</remarks>
public sealed partial class CoPurchaseModel
{
    /// <summary>Wraps trained parts, freezing the network's weights; <paramref name="holdout"/> names the products it
    /// never learned from.</summary>
    public CoPurchaseModel(ProductEncoder encoder, CoPurchaseNetwork network, NeighbourLabels neighbours,
        IReadOnlyList<string> labelNames, float blendWeight, CoPurchaseHoldout holdout)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(neighbours);
        ArgumentNullException.ThrowIfNull(labelNames);
        ArgumentNullException.ThrowIfNull(holdout);
        if (labelNames.Count != network.Labels)
            throw new ArgumentException($"{labelNames.Count} label names for a network of {network.Labels} labels.");
        Encoder = encoder;
        network.Freeze();
        Network = network;
        Neighbours = neighbours;
        LabelNames = labelNames;
        BlendWeight = blendWeight;
        Holdout = holdout;
    }

    /// <summary>The feature encoder fitted on the training products.</summary>
    public ProductEncoder Encoder { get; }

    /// <summary>The trained network.</summary>
    public CoPurchaseNetwork Network { get; }

    /// <summary>The neighbour signal over the training products.</summary>
    public NeighbourLabels Neighbours { get; }

    /// <summary>The label names (also-bought slugs).</summary>
    public IReadOnlyList<string> LabelNames { get; }

    /// <summary>w, the network's share of the blend.</summary>
    public float BlendWeight { get; }

    /// <summary>The validation and test products of the split it was trained on (their links were never labels).
    /// </summary>
    public CoPurchaseHoldout Holdout { get; }

    /// <summary>The k most likely co-purchases of a product.</summary>
    public IReadOnlyList<CoPurchasePrediction> Predict(Product product, int k = 10)
    {
        ArgumentNullException.ThrowIfNull(product);
        return Predict([product], k)[0];
    }

    /// <summary>The k most likely co-purchases of each product, the network run once over the whole batch.</summary>
    public IReadOnlyList<IReadOnlyList<CoPurchasePrediction>> Predict(IReadOnlyList<Product> products, int k)
    {
        ArgumentNullException.ThrowIfNull(products);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        if (products.Count == 0)
            return [];
        var input = Encoder.Encode(products);
        var probabilities = Network.Predict(input);
        var results = new IReadOnlyList<CoPurchasePrediction>[products.Count];
        var neighbours = new float[LabelNames.Count];
        for (int r = 0; r < products.Count; r++)
        {
            var network = probabilities.Row(r).ToArray();
            Neighbours.Scores(input.Text, r, neighbours);
            var blended = Blend(network, neighbours, BlendWeight);
            results[r] = [.. TopK.Select(blended, k, minimum: float.NegativeInfinity).Select(l =>
                new CoPurchasePrediction(l, LabelNames[l], blended[l], network[l], neighbours[l]))];
        }

        return results;
    }

    /// <summary>w·network + (1 − w)·neighbours, element by element.</summary>
    public static float[] Blend(ReadOnlySpan<float> network, ReadOnlySpan<float> neighbours, float weight)
    {
        var result = new float[network.Length];
        System.Numerics.Tensors.TensorPrimitives.Multiply(network, weight, result);
        System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(neighbours, 1 - weight, result, result);
        return result;
    }
}
