namespace ToyRec.Text;

/// <summary>
/// TF-IDF over weighted fields, L2-normalised. Fitting fixes the vocabulary and the document frequencies; a
/// fitted vectorizer turns any text into a vector in the same space.
/// </summary>
/// <remarks>
/// <para>For term t in document d with fields f of weight w_f:
/// tf(t, d) = Σ_f w_f · (1 + ln c_f(t)) with sublinear tf (Σ_f w_f · c_f(t) without), where c_f(t) is the
/// count of t in field f; idf(t) = ln((1 + n) / (1 + df(t))) + 1 with smoothing (ln(n / df(t)) + 1 without);
/// x(t, d) = tf(t, d) · idf(t), then x is divided by its Euclidean norm.</para>
/// <para>Salton and Buckley, "Term-weighting approaches in automatic text retrieval", Information Processing
/// and Management 24(5), 1988; the smoothed idf is the one scikit-learn's TfidfVectorizer uses.</para>
/// </remarks>
public sealed class TfIdfVectorizer
{
    private readonly Dictionary<string, int> _index;
    private readonly string[] _terms;
    private readonly float[] _idf;
    private readonly TfIdfOptions _options;
    private static readonly string CharNgramMarkText = CharNgramMark.ToString();

    private TfIdfVectorizer(string[] terms, float[] idf, TfIdfOptions options)
    {
        _terms = terms;
        _idf = idf;
        _options = options;
        _index = new Dictionary<string, int>(terms.Length, StringComparer.Ordinal);
        for (int i = 0; i < terms.Length; i++)
            _index[terms[i]] = i;
    }

    /// <summary>Number of terms in the vocabulary.</summary>
    public int VocabularySize => _terms.Length;

    /// <summary>The options the vectorizer was fitted with.</summary>
    public TfIdfOptions Options => _options;

    /// <summary>The term at a vocabulary index.</summary>
    public string Term(int index) => _terms[index];

    /// <summary>The inverse document frequency of the term at an index.</summary>
    public float InverseDocumentFrequency(int index) => _idf[index];

    /// <summary>The index of a term, or -1 when it is not in the vocabulary.</summary>
    public int IndexOf(string term) => _index.GetValueOrDefault(term, -1);

    /// <summary>Fits the vocabulary and document frequencies on documents made of weighted fields.</summary>
    public static TfIdfVectorizer Fit(IReadOnlyList<IReadOnlyList<WeightedText>> documents,
        TfIdfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= new TfIdfOptions();
        return Fit(Analyse(documents, options), options);
    }

    // The vocabulary (terms in at least the minimum number of documents, in ordinal order) and their idf, from
    // each document's weighted term frequencies.
    private static TfIdfVectorizer Fit(Dictionary<string, float>[] termWeights, TfIdfOptions options)
    {
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var weights in termWeights)
        {
            foreach (string term in weights.Keys)
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        }

        int n = termWeights.Length;
        var terms = documentFrequency.Where(p => p.Value >= options.MinDocumentFrequency).Select(p => p.Key)
            .Order(StringComparer.Ordinal).ToArray();
        var idf = terms.Select(t => (float)(options.SmoothIdf
            ? Math.Log((1.0 + n) / (1.0 + documentFrequency[t])) + 1
            : Math.Log((double)n / documentFrequency[t]) + 1)).ToArray();
        return new TfIdfVectorizer(terms, idf, options);
    }

    // Every document's weighted term frequencies, documents analysed in parallel.
    private static Dictionary<string, float>[] Analyse(IReadOnlyList<IReadOnlyList<WeightedText>> documents,
        TfIdfOptions options)
    {
        var termWeights = new Dictionary<string, float>[documents.Count];
        Parallel.For(0, documents.Count, () => new List<string>(),
            (d, _, tokens) =>
            {
                termWeights[d] = WeightedTermFrequencies(documents[d], options, tokens);
                return tokens;
            },
            _ => { });
        return termWeights;
    }

    /// <summary>
    /// Fits on the documents and returns their vectors too: the same vocabulary and vectors as <see cref="Fit(
    /// IReadOnlyList{IReadOnlyList{WeightedText}}, TfIdfOptions?)"/> followed by <see cref="Transform(
    /// IReadOnlyList{WeightedText})"/> of each document, with every document analysed once, in parallel.
    /// </summary>
    public static (TfIdfVectorizer Vectorizer, SparseVector[] Vectors) FitTransform(
        IReadOnlyList<IReadOnlyList<WeightedText>> documents, TfIdfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= new TfIdfOptions();
        var termWeights = Analyse(documents, options);
        var vectorizer = Fit(termWeights, options);
        var vectors = new SparseVector[documents.Count];
        Parallel.For(0, documents.Count, d => vectors[d] = vectorizer.Vector(termWeights[d]
            .Select(p => (Index: vectorizer.IndexOf(p.Key), Weight: p.Value)).Where(p => p.Index >= 0)));
        return (vectorizer, vectors);
    }

    /// <summary>Fits on plain texts, one field of weight 1 each.</summary>
    public static TfIdfVectorizer Fit(IReadOnlyList<string> texts, TfIdfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return Fit(texts.Select(t => (IReadOnlyList<WeightedText>)[new WeightedText(t, 1)]).ToList(), options);
    }

    /// <summary>The L2-normalised TF-IDF vector of a document; terms outside the vocabulary are ignored.</summary>
    public SparseVector Transform(IReadOnlyList<WeightedText> document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var weights = WeightedTermFrequencies(document, _options, []);
        return Vector(weights.Select(p => (Index: IndexOf(p.Key), Weight: p.Value)).Where(p => p.Index >= 0));
    }

    // Σ_f w_f · tf_f(t) for every term of a document, fields in order (so sums do not depend on the caller).
    private static Dictionary<string, float> WeightedTermFrequencies(IReadOnlyList<WeightedText> document,
        TfIdfOptions options, List<string> tokens)
    {
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in document)
        {
            if (field.Weight <= 0)
                continue;
            Terms(field, options, tokens);
            counts.Clear();
            foreach (string token in tokens)
                counts[token] = counts.GetValueOrDefault(token) + 1;
            foreach (var (term, count) in counts)
            {
                float tf = options.SublinearTf ? 1 + MathF.Log(count) : count;
                weights[term] = weights.GetValueOrDefault(term) + field.Weight * tf;
            }
        }

        return weights;
    }

    // The vector of vocabulary indices with their weighted term frequencies: times idf, then L2-normalised.
    private SparseVector Vector(IEnumerable<(int Index, float Weight)> termWeights)
    {
        var entries = termWeights.ToArray();
        Array.Sort(entries, (a, b) => a.Index.CompareTo(b.Index));
        var indices = new int[entries.Length];
        var values = new float[entries.Length];
        double norm = 0;
        for (int i = 0; i < entries.Length; i++)
        {
            indices[i] = entries[i].Index;
            values[i] = entries[i].Weight * _idf[entries[i].Index];
            norm += values[i] * values[i];
        }

        if (norm > 0)
        {
            float scale = (float)(1 / Math.Sqrt(norm));
            for (int i = 0; i < values.Length; i++)
                values[i] *= scale;
        }

        return new SparseVector(indices, values);
    }

    /// <summary>The vector of a plain text, as one field of weight 1.</summary>
    public SparseVector Transform(string text) => Transform([new WeightedText(text, 1)]);

    // Fills tokens with the field's terms: its tokens and, when asked, the bigrams of adjacent tokens.
    private static void Terms(WeightedText field, TfIdfOptions options, List<string> tokens)
    {
        tokens.Clear();
        options.Tokenizer.Tokenize(field.Text, tokens);
        if (field.Analyzer == TextAnalyzer.CharNgrams)
        {
            CharNgrams(tokens);
            return;
        }

        if (!options.WordBigrams)
            return;
        int unigrams = tokens.Count;
        for (int i = 1; i < unigrams; i++)
            tokens.Add(tokens[i - 1] + " " + tokens[i]);
    }

    /// <summary>Character n-gram terms start with this mark, which no word token can contain.</summary>
    public const char CharNgramMark = '#';

    // Replaces the tokens by their character 3- to 5-grams, each token padded as "<token>" and each gram marked,
    // so that a gram never collides with a word and explanations can leave grams out.
    private static void CharNgrams(List<string> tokens)
    {
        int count = tokens.Count;
        for (int t = 0; t < count; t++)
        {
            string padded = "<" + tokens[t] + ">";
            for (int n = 3; n <= 5; n++)
            {
                for (int start = 0; start + n <= padded.Length; start++)
                    tokens.Add(string.Concat(CharNgramMarkText, padded.AsSpan(start, n)));
            }
        }

        tokens.RemoveRange(0, count);
    }
}
