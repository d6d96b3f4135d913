namespace ToyRec.Category;

/// <summary>
/// One TF-IDF block of the category features: a vocabulary fitted on the training texts, sublinear term
/// frequencies, smoothed idf, the block L2-normalised and then scaled by its weight.
/// </summary>
/// <remarks>
/// x(t) = w · (1 + ln c(t)) · idf(t) / ‖(1 + ln c) · idf‖₂ with idf(t) = ln((1 + n) / (1 + df(t))) + 1, as
/// scikit-learn's TfidfVectorizer(sublinear_tf=True) does (Salton and Buckley, 1988).
/// </remarks>
internal sealed class FeatureBlock
{
    private readonly Dictionary<string, int> _index;
    private readonly string[] _terms;
    private readonly float[] _idf;

    private FeatureBlock(TermKind kind, float weight, string[] terms, float[] idf)
    {
        Kind = kind;
        Weight = weight;
        _terms = terms;
        _idf = idf;
        _index = new Dictionary<string, int>(terms.Length, StringComparer.Ordinal);
        for (int i = 0; i < terms.Length; i++)
            _index[terms[i]] = i;
    }

    public TermKind Kind { get; }

    public float Weight { get; }

    public int Size => _terms.Length;

    public string Term(int index) => _terms[index];

    /// <summary>Fits the vocabulary: terms in at least <paramref name="minDocumentFrequency"/> texts, sorted.</summary>
    public static FeatureBlock Fit(IReadOnlyList<string> texts, TermKind kind, float weight, int minDocumentFrequency)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string text in texts)
        {
            terms.Clear();
            seen.Clear();
            TermAnalyzer.Terms(text, kind, terms);
            foreach (string term in terms)
            {
                if (seen.Add(term))
                    frequency[term] = frequency.GetValueOrDefault(term) + 1;
            }
        }

        // Sorted so that the feature order, and so the model, does not depend on dictionary order.
        var kept = frequency.Where(p => p.Value >= minDocumentFrequency).Select(p => p.Key)
            .Order(StringComparer.Ordinal).ToArray();
        var idf = kept.Select(t => (float)(Math.Log((1.0 + texts.Count) / (1.0 + frequency[t])) + 1)).ToArray();
        return new FeatureBlock(kind, weight, kept, idf);
    }

    /// <summary>Appends the block's entries for a text, offset by <paramref name="offset"/>, in index order.</summary>
    public void Transform(string text, int offset, List<int> indices, List<float> values)
    {
        var terms = new List<string>();
        TermAnalyzer.Terms(text, Kind, terms);
        var counts = new SortedDictionary<int, int>();
        foreach (string term in terms)
        {
            if (_index.TryGetValue(term, out int i))
                counts[i] = counts.GetValueOrDefault(i) + 1;
        }

        double squares = 0;
        foreach (var (i, count) in counts)
        {
            double x = (1 + Math.Log(count)) * _idf[i];
            squares += x * x;
        }

        if (squares == 0)
            return;
        double scale = Weight / Math.Sqrt(squares);
        foreach (var (i, count) in counts)
        {
            indices.Add(offset + i);
            values.Add((float)((1 + Math.Log(count)) * _idf[i] * scale));
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write((int)Kind);
        writer.Write(Weight);
        writer.Write(_terms.Length);
        for (int i = 0; i < _terms.Length; i++)
        {
            writer.Write(_terms[i]);
            writer.Write(_idf[i]);
        }
    }

    public static FeatureBlock Read(BinaryReader reader)
    {
        var kind = (TermKind)reader.ReadInt32();
        if (!Enum.IsDefined(kind))
            throw new InvalidDataException($"Category model: unknown feature block kind {(int)kind}.");
        float weight = reader.ReadSingle();
        int count = reader.ReadInt32();
        if (count < 0)
            throw new InvalidDataException($"Category model: negative vocabulary size {count}.");
        var terms = new string[count];
        var idf = new float[count];
        for (int i = 0; i < count; i++)
        {
            terms[i] = reader.ReadString();
            idf[i] = reader.ReadSingle();
        }

        return new FeatureBlock(kind, weight, terms, idf);
    }
}
