using ToyRec.Text;

namespace ToyRec.Category;

/// <summary>
/// The category model's sparse features: TF-IDF blocks of the product name (word 1-2 grams and character 2-5
/// grams within words), log price and rating standardised on the training set, and a missing-price flag; the
/// extended variant adds a manufacturer block and a block of the product's other text.
/// </summary>
/// <remarks>
/// <para>Numeric features: z(price) = (ln(1 + p) − μ) / σ and z(rating) = (r − μ) / σ with μ and σ of the
/// training products that have the value. A missing price takes the training median of ln(1 + p) and sets the
/// flag; a missing rating takes the training mean (z = 0). The same rules apply to queries.</para>
/// <para>The feature set follows the study's name + price + rating logistic regression; character n-grams
/// within words follow scikit-learn's <c>char_wb</c> analyser (Pedregosa et al., JMLR 12, 2011).</para>
/// </remarks>
public sealed class CategoryFeatures
{
    private const int FixedNumericCount = 3;
    private readonly FeatureBlock[] _blocks;
    private readonly int[] _offsets;
    private readonly Standardiser _price;
    private readonly Standardiser _rating;
    private readonly double[] _priceEdges;

    private CategoryFeatures(bool extended, FeatureBlock[] blocks, Standardiser price, Standardiser rating,
        double[] priceEdges)
    {
        Extended = extended;
        _priceEdges = priceEdges;
        _blocks = blocks;
        _price = price;
        _rating = rating;
        _offsets = new int[blocks.Length];
        int offset = 0;
        for (int b = 0; b < blocks.Length; b++)
        {
            _offsets[b] = offset;
            offset += blocks[b].Size;
        }

        Dimension = offset + FixedNumericCount + (priceEdges.Length > 0 ? priceEdges.Length + 1 : 0);
    }

    /// <summary>Whether the manufacturer and other-text blocks are present.</summary>
    public bool Extended { get; }

    /// <summary>Number of features.</summary>
    public int Dimension { get; }

    /// <summary>Fits the vocabularies, idf weights and standardisation on the training queries.</summary>
    public static CategoryFeatures Fit(IReadOnlyList<CategoryQuery> training, CategoryFeatureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(training);
        options ??= new CategoryFeatureOptions();
        var names = training.Select(q => q.Name).ToList();
        var blocks = new List<FeatureBlock>
        {
            FeatureBlock.Fit(names, TermKind.WordNGrams, options.WordWeight, options.WordMinDocumentFrequency),
            FeatureBlock.Fit(names, TermKind.CharacterNGrams, options.CharacterWeight,
                options.CharacterMinDocumentFrequency),
        };
        if (options.Extended)
        {
            blocks.Add(FeatureBlock.Fit(training.Select(q => q.Manufacturer).ToList(), TermKind.WholeAndWords,
                options.ManufacturerWeight, 1));
            blocks.Add(FeatureBlock.Fit(training.Select(q => q.Text).ToList(), TermKind.Words, options.TextWeight,
                options.TextMinDocumentFrequency));
            if (options.LinkedNameWeight > 0)
            {
                blocks.Add(FeatureBlock.Fit(training.Select(q => q.LinkedNames).ToList(), TermKind.Words,
                    options.LinkedNameWeight, options.TextMinDocumentFrequency));
            }
        }

        var price = Standardiser.Fit(training.Where(q => q.Price is >= 0).Select(q => LogPrice(q.Price!.Value)),
            useMedianForMissing: true);
        var rating = Standardiser.Fit(training.Where(q => q.Rating.HasValue).Select(q => q.Rating!.Value),
            useMedianForMissing: false);
        var logPrices = training.Where(q => q.Price is >= 0).Select(q => LogPrice(q.Price!.Value)).Order().ToArray();
        var edges = options.PriceBins <= 1 || logPrices.Length == 0 ? []
            : Enumerable.Range(1, options.PriceBins - 1)
                .Select(b => logPrices[Math.Min(logPrices.Length - 1, b * logPrices.Length / options.PriceBins)])
                .Distinct().ToArray();
        return new CategoryFeatures(options.Extended, [.. blocks], price, rating, edges);
    }

    /// <summary>The feature vector of a query.</summary>
    public SparseVector Transform(CategoryQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var indices = new List<int>(256);
        var values = new List<float>(256);
        for (int b = 0; b < _blocks.Length; b++)
            _blocks[b].Transform(TextOf(query, b), _offsets[b], indices, values);
        int numeric = NumericStart;
        bool priceMissing = query.Price is not >= 0;
        indices.Add(numeric);
        values.Add((float)_price.Z(priceMissing ? null : LogPrice(query.Price!.Value)));
        indices.Add(numeric + 1);
        values.Add((float)_rating.Z(query.Rating));
        if (priceMissing)
        {
            indices.Add(numeric + 2);
            values.Add(1);
        }
        else if (_priceEdges.Length > 0)
        {
            int bin = Array.BinarySearch(_priceEdges, LogPrice(query.Price!.Value));
            indices.Add(numeric + FixedNumericCount + (bin >= 0 ? bin + 1 : ~bin));
            values.Add(1);
        }

        return new SparseVector([.. indices], [.. values]);
    }

    /// <summary>The name's word and character blocks alone, L2-normalised: for similarity between names.</summary>
    public SparseVector NameVector(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var indices = new List<int>(256);
        var values = new List<float>(256);
        _blocks[0].Transform(name, _offsets[0], indices, values);
        _blocks[1].Transform(name, _offsets[1], indices, values);
        float[] array = [.. values];
        float norm = MathF.Sqrt(System.Numerics.Tensors.TensorPrimitives.SumOfSquares(array));
        if (norm > 0)
            System.Numerics.Tensors.TensorPrimitives.Divide(array, norm, array);
        return new SparseVector([.. indices], array);
    }

    /// <summary>A readable name for a feature index (for explaining weights).</summary>
    public string FeatureName(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Dimension);
        for (int b = _blocks.Length - 1; b >= 0; b--)
        {
            if (index >= _offsets[b] && index < _offsets[b] + _blocks[b].Size)
                return $"{_blocks[b].Kind}:{_blocks[b].Term(index - _offsets[b])}";
        }

        return (index - NumericStart) switch
        {
            0 => "log-price",
            1 => "rating",
            2 => "price-missing",
            int bin => $"price-bin:{bin - FixedNumericCount}",
        };
    }

    /// <summary>Writes the fitted features (vocabularies, idf, standardisation).</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Extended);
        writer.Write(_blocks.Length);
        foreach (var block in _blocks)
            block.Write(writer);
        _price.Write(writer);
        _rating.Write(writer);
        writer.Write(_priceEdges.Length);
        foreach (double edge in _priceEdges)
            writer.Write(edge);
    }

    /// <summary>Reads features written by <see cref="Write"/>.</summary>
    public static CategoryFeatures Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        bool extended = reader.ReadBoolean();
        int count = reader.ReadInt32();
        // An extended model has a fifth block, the linked products' names, unless its weight was 0.
        if (extended ? count is not (4 or 5) : count != 2)
        {
            throw new InvalidDataException($"Category model: {count} feature blocks; expected " +
                $"{(extended ? "4 or 5" : "2")}.");
        }
        var blocks = new FeatureBlock[count];
        for (int b = 0; b < count; b++)
            blocks[b] = FeatureBlock.Read(reader);
        var price = Standardiser.Read(reader);
        var rating = Standardiser.Read(reader);
        int edgeCount = reader.ReadInt32();
        if (edgeCount is < 0 or > 1000)
            throw new InvalidDataException($"Category model: {edgeCount} price bin edges is not plausible.");
        var edges = Enumerable.Range(0, edgeCount).Select(_ => reader.ReadDouble()).ToArray();
        return new CategoryFeatures(extended, blocks, price, rating, edges);
    }

    private int NumericStart => _offsets[^1] + _blocks[^1].Size;

    private static double LogPrice(double price) => Math.Log(1 + price);

    private static string TextOf(CategoryQuery query, int block) => block switch
    {
        0 or 1 => query.Name,
        2 => query.Manufacturer,
        3 => query.Text,
        _ => query.LinkedNames,
    };
}
