using ToyRec.Catalog;
using ToyRec.Text;

namespace ToyRec.Neural;

/// <summary>
/// Turns products into <see cref="NetworkInput"/> rows: a TF-IDF bag of words of the name and description fields,
/// ids of the category path, top-level category and manufacturer, and standardised numbers (log price, rating,
/// log review count, and a flag for a missing rating). Everything is fitted on training products only.
/// </summary>
/// <remarks>
/// TF-IDF with sublinear term frequency 1 + ln(tf), smoothed idf ln((1 + N) / (1 + df)) + 1 and L2-normalised
/// rows, as in Manning, Raghavan and Schütze, <i>Introduction to Information Retrieval</i> (2008), §6.4.
/// Standardisation: (x − mean) / standard deviation over the training products; a missing value becomes 0, the
/// training mean.
/// </remarks>
public sealed partial class ProductEncoder
{
    /// <summary>Number of numeric inputs per product.</summary>
    public const int NumericCount = 4;

    private readonly Dictionary<string, int> _vocabulary;
    private readonly float[] _idf;
    private readonly Dictionary<string, int> _categories;
    private readonly Dictionary<string, int> _topLevels;
    private readonly Dictionary<string, int> _manufacturers;
    private readonly float[] _mean;
    private readonly float[] _deviation;
    private readonly float _nameWeight;

    private ProductEncoder(Dictionary<string, int> vocabulary, float[] idf, Dictionary<string, int> categories,
        Dictionary<string, int> topLevels, Dictionary<string, int> manufacturers, float[] mean, float[] deviation,
        float nameWeight)
    {
        _vocabulary = vocabulary;
        _idf = idf;
        _categories = categories;
        _topLevels = topLevels;
        _manufacturers = manufacturers;
        _mean = mean;
        _deviation = deviation;
        _nameWeight = nameWeight;
    }

    /// <summary>Words in the vocabulary.</summary>
    public int VocabularySize => _idf.Length;

    /// <summary>A network shape that fits this encoder, with the default layer sizes.</summary>
    public NetworkShape Shape() => new(VocabularySize, _categories.Count + 1, _topLevels.Count + 1,
        _manufacturers.Count + 1, NumericCount);

    /// <summary>Fits the vocabulary, value ids and scalers on the training products.</summary>
    public static ProductEncoder Fit(IReadOnlyList<Product> train, EncoderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        options ??= new EncoderOptions();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var product in train)
        {
            foreach (string word in WeightedWords(product, 1).Keys)
                documentFrequency[word] = documentFrequency.GetValueOrDefault(word) + 1;
        }

        var words = documentFrequency.Where(p => p.Value >= options.MinDocumentFrequency)
            .Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
        var vocabulary = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        var idf = new float[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            vocabulary[words[i]] = i;
            idf[i] = (float)(Math.Log((1.0 + train.Count) / (1.0 + documentFrequency[words[i]])) + 1);
        }

        var numeric = train.Select(RawNumbers).ToArray();
        var mean = new float[NumericCount];
        var deviation = new float[NumericCount];
        for (int j = 0; j < NumericCount; j++)
        {
            var present = numeric.Select(n => n[j]).Where(v => !float.IsNaN(v)).ToArray();
            mean[j] = present.Length == 0 ? 0 : present.Average();
            double variance = present.Length == 0 ? 0 : present.Average(v => (v - mean[j]) * (v - mean[j]));
            deviation[j] = variance > 1e-12 ? (float)Math.Sqrt(variance) : 1;
        }

        return new ProductEncoder(vocabulary, idf,
            Ids(train.Select(p => p.Category.FullPath), options.MinValueCount),
            Ids(train.Select(p => p.Category.TopLevel), options.MinValueCount),
            Ids(train.Select(p => NormalisedManufacturer(p)), options.MinValueCount),
            mean, deviation, options.NameWeight);
    }

    /// <summary>Encodes products, in order, as one network input.</summary>
    public NetworkInput Encode(IReadOnlyList<Product> products)
    {
        ArgumentNullException.ThrowIfNull(products);
        var text = SparseRows.From(VocabularySize, products.Select(p => Vector(WeightedWords(p, _nameWeight))));
        var numeric = new Matrix(products.Count, NumericCount);
        for (int i = 0; i < products.Count; i++)
        {
            var raw = RawNumbers(products[i]);
            for (int j = 0; j < NumericCount; j++)
                numeric[i, j] = float.IsNaN(raw[j]) ? 0 : (raw[j] - _mean[j]) / _deviation[j];
        }

        return new NetworkInput(text,
            [.. products.Select(p => _categories.GetValueOrDefault(p.Category.FullPath))],
            [.. products.Select(p => _topLevels.GetValueOrDefault(p.Category.TopLevel))],
            [.. products.Select(p => _manufacturers.GetValueOrDefault(NormalisedManufacturer(p)))],
            numeric);
    }

    /// <summary>The TF-IDF row of a free text (a label's slug, a query) over this vocabulary.</summary>
    public IReadOnlyList<(int Index, float Value)> Transform(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (string word in Tokenizer.Default.Tokenize(text))
            counts[word] = counts.GetValueOrDefault(word) + 1;
        return Vector(counts);
    }

    private List<(int Index, float Value)> Vector(Dictionary<string, float> counts)
    {
        var row = new List<(int Index, float Value)>(counts.Count);
        foreach (var (word, count) in counts)
        {
            if (_vocabulary.TryGetValue(word, out int index))
                row.Add((index, (1 + MathF.Log(count)) * _idf[index]));
        }

        row.Sort((a, b) => a.Index.CompareTo(b.Index));
        float norm = MathF.Sqrt(row.Sum(e => e.Value * e.Value));
        if (norm > 0)
        {
            for (int i = 0; i < row.Count; i++)
                row[i] = (row[i].Index, row[i].Value / norm);
        }

        return row;
    }

    // Name words count nameWeight times each, description words once: a weighted term frequency.
    private static Dictionary<string, float> WeightedWords(Product product, float nameWeight)
    {
        var counts = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (string word in Tokenizer.Default.Tokenize(product.Name))
            counts[word] = counts.GetValueOrDefault(word) + nameWeight;
        foreach (string field in new[] { product.Description, product.ProductInformation, product.ProductDescription })
        {
            foreach (string word in Tokenizer.Default.Tokenize(field))
                counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        return counts;
    }

    private static float[] RawNumbers(Product product) =>
    [
        product.Price is { } price ? MathF.Log(1 + (float)price.Representative) : float.NaN,
        product.Rating is { } rating ? (float)rating : float.NaN,
        product.ReviewCount is { } reviews ? MathF.Log(1 + reviews) : float.NaN,
        product.Rating is null ? 1 : 0,
    ];

    private static string NormalisedManufacturer(Product product) => product.Manufacturer.Trim().ToLowerInvariant();

    // Ids from 1 in order of first appearance; values seen fewer than minCount times (and "") map to 0.
    private static Dictionary<string, int> Ids(IEnumerable<string> values, int minCount)
    {
        var list = values.ToList();
        var counts = list.Where(v => v.Length > 0).CountBy(v => v, StringComparer.Ordinal)
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string value in list)
        {
            if (value.Length > 0 && counts[value] >= minCount && !ids.ContainsKey(value))
                ids[value] = ids.Count + 1;
        }

        return ids;
    }
}
