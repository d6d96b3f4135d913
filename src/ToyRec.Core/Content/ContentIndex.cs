using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ToyRec.Catalog;
using ToyRec.Ranking;
using ToyRec.Text;

namespace ToyRec.Content;

/// <summary>
/// The content-based model: every product as an L2-normalised TF-IDF vector, and an inverted index over them so
/// that a query touches only the products that share a term with it. Similarity is the cosine, which for unit
/// vectors is the dot product. Works cold: it needs no behaviour data.
/// </summary>
/// <remarks>
/// Score accumulation over postings lists is the classic term-at-a-time evaluation (Manning, Raghavan and
/// Schütze, <i>Introduction to Information Retrieval</i>, 2008, §7.1); the final cut is an exact top-k
/// (<see cref="TopK"/>).
/// </remarks>
public sealed class ContentIndex
{
    private readonly SparseVector[] _vectors;
    private readonly int[] _postingStart;
    private readonly int[] _postingProduct;
    private readonly float[] _postingValue;

    // For product p's e-th term, the slot of p itself in that term's postings (where its later products begin).
    private readonly int[][] _ownSlot;

    // When the vectors hold the words of the product's link slugs, each product's sorted term ids from its own
    // text alone: explanations name only those, since a slug word is another product's name, not this one's.
    private readonly int[][]? _ownTextTerms;
    private readonly ConcurrentBag<float[]> _accumulators = [];

    private ContentIndex(ProductCatalog catalog, TfIdfVectorizer vectorizer, SparseVector[] vectors,
        ContentOptions options, int[][]? ownTextTerms)
    {
        Catalog = catalog;
        Vectorizer = vectorizer;
        Options = options;
        _vectors = vectors;
        _ownTextTerms = ownTextTerms;
        _postingStart = new int[vectorizer.VocabularySize + 1];
        foreach (var vector in vectors)
        {
            foreach (int term in vector.Indices)
                _postingStart[term + 1]++;
        }

        for (int t = 0; t < vectorizer.VocabularySize; t++)
            _postingStart[t + 1] += _postingStart[t];
        _postingProduct = new int[_postingStart[^1]];
        _postingValue = new float[_postingStart[^1]];
        var next = _postingStart[..^1].ToArray();
        _ownSlot = new int[vectors.Length][];
        for (int p = 0; p < vectors.Length; p++)
        {
            var vector = vectors[p];
            _ownSlot[p] = new int[vector.Count];
            for (int e = 0; e < vector.Count; e++)
            {
                int slot = next[vector.Indices[e]]++;
                _postingProduct[slot] = p;
                _postingValue[slot] = vector.Values[e];
                _ownSlot[p][e] = slot;
            }
        }
    }

    /// <summary>The catalogue the index was built over.</summary>
    public ProductCatalog Catalog { get; }

    /// <summary>The fitted vectorizer (the vocabulary is the catalogue's).</summary>
    public TfIdfVectorizer Vectorizer { get; }

    /// <summary>The field weights used.</summary>
    public ContentOptions Options { get; }

    /// <summary>Fits TF-IDF on the catalogue's text and indexes every product.</summary>
    public static ContentIndex Build(ProductCatalog catalog, ContentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        options ??= new ContentOptions();
        var documents = catalog.Products.Select(p => ProductText.Fields(p, options)).ToList();
        var (vectorizer, vectors) = TfIdfVectorizer.FitTransform(documents, options.TfIdf);
        int[][]? ownTextTerms = null;
        if (options.LinkedNameWeight > 0)
        {
            var ownText = options with { LinkedNameWeight = 0 };
            ownTextTerms = new int[catalog.Count][];
            Parallel.For(0, catalog.Count, i =>
                ownTextTerms[i] = vectorizer.Transform(ProductText.Fields(catalog[i], ownText)).Indices);
        }

        return new ContentIndex(catalog, vectorizer, vectors, options, ownTextTerms);
    }

    /// <summary>The TF-IDF vector of the product at a position.</summary>
    public SparseVector Vector(int index) => _vectors[index];

    /// <summary>Cosine similarity of two products.</summary>
    public double Similarity(int a, int b) => _vectors[a].Dot(_vectors[b]);

    /// <summary>
    /// The k products most similar to the one at <paramref name="productIndex"/>, excluding it and its exact
    /// duplicates, and showing one product of each group of exact duplicates; <paramref name="accept"/> filters
    /// before the cut, so k come back whenever k similar pass.
    /// </summary>
    public IReadOnlyList<ScoredProduct> Similar(int productIndex, int k, Func<int, bool>? accept = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(productIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(productIndex, _vectors.Length);
        var query = _vectors[productIndex];
        return Rank(query, productIndex, k,
            i => !Catalog.AreDuplicates(i, productIndex) && (accept is null || accept(i)));
    }

    /// <summary>
    /// The k products most similar to a free-text query, which is read the way product names are (words and,
    /// when the options use them, character n-grams), one of each group of exact duplicates.
    /// </summary>
    public IReadOnlyList<ScoredProduct> Search(string query, int k, Func<int, bool>? accept = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Rank(QueryVector(query), -1, k, accept);
    }

    /// <summary>A free-text query's vector, read the way product names are, as <see cref="Search"/> reads it.</summary>
    public SparseVector QueryVector(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var fields = ProductText.Fields(new Product { Id = "", Name = query }, Options with { ManufacturerWeight = 0 });
        return Vectorizer.Transform(fields);
    }

    /// <summary>
    /// The ranked positions only, without explanations (for evaluation over every product); with
    /// <paramref name="onePerDuplicateGroup"/> one product of each group of exact duplicates, as lists show them.
    /// </summary>
    public int[] SimilarIndices(int productIndex, int k, Func<int, bool>? accept = null,
        bool onePerDuplicateGroup = false)
    {
        var scores = Rent();
        try
        {
            Accumulate(_vectors[productIndex], scores);
            Func<int, bool> allowed = i => !Catalog.AreDuplicates(i, productIndex) && (accept is null || accept(i));
            return onePerDuplicateGroup
                ? [.. TopK.SelectDistinct(scores, k, Catalog.FirstOfEachDuplicateGroup, allowed)]
                : TopK.Select(scores, k, allowed);
        }
        finally
        {
            Return(scores);
        }
    }

    /// <summary>
    /// The k most similar products of every product, as <see cref="SimilarIndices"/> gives them one at a time, in
    /// about half the work: each pair is scored once and offered to both products' lists.
    /// </summary>
    /// <remarks>
    /// Row i accumulates only the products after it (its postings from its own position on), then offers each
    /// positive score to its own list and to the other product's. A pair's score is the same float from either
    /// side (the same products summed over the shared terms in the same order), and the lists keep the same total
    /// order as <see cref="TopK"/>, so the result equals the one-at-a-time lists exactly whatever the thread count.
    /// Each worker fills its own lists, merged at the end.
    /// </remarks>
    public int[][] SimilarIndicesForAll(int k, int maxThreads = -1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        int n = _vectors.Length;
        if (k == 0 || n == 0)
            return Enumerable.Range(0, n).Select(_ => Array.Empty<int>()).ToArray();
        var merged = new NeighbourLists(n, k);
        var gate = new object();
        const int RowsPerChunk = 32;
        Parallel.ForEach(Partitioner.Create(0, n, RowsPerChunk),
            new ParallelOptions { MaxDegreeOfParallelism = maxThreads },
            () => (Lists: new NeighbourLists(n, k), Scores: new float[n]),
            (range, _, local) =>
            {
                for (int row = range.Item1; row < range.Item2; row++)
                    OfferLaterProducts(row, local.Scores, local.Lists);
                return local;
            },
            local =>
            {
                lock (gate)
                    merged.Merge(local.Lists);
            });
        return Enumerable.Range(0, n).Select(merged.Row).ToArray();
    }

    // Scores the product at row against every later product and offers each positive score both ways; leaves the
    // scores cleared.
    private void OfferLaterProducts(int row, float[] scores, NeighbourLists lists)
    {
        var query = _vectors[row];
        ref float score = ref MemoryMarshal.GetArrayDataReference(scores);
        ref int product = ref MemoryMarshal.GetArrayDataReference(_postingProduct);
        ref float value = ref MemoryMarshal.GetArrayDataReference(_postingValue);
        var ownSlot = _ownSlot[row];
        for (int e = 0; e < query.Count; e++)
        {
            float weight = query.Values[e];
            for (int slot = ownSlot[e] + 1, end = _postingStart[query.Indices[e] + 1]; slot < end; slot++)
                Unsafe.Add(ref score, Unsafe.Add(ref product, slot)) += weight * Unsafe.Add(ref value, slot);
        }

        // Most pairs can enter neither list: eight at a time, only a score that reaches the other product's
        // threshold or the row's own goes on to the exact offers.
        var thresholds = lists.Thresholds;
        ref float threshold = ref MemoryMarshal.GetReference(thresholds);
        int next = row + 1;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; next + Vector256<float>.Count <= scores.Length; next += Vector256<float>.Count)
            {
                var block = Vector256.LoadUnsafe(ref score, (nuint)next);
                var reach = Vector256.GreaterThanOrEqual(block, Vector256.LoadUnsafe(ref threshold, (nuint)next))
                    | Vector256.GreaterThanOrEqual(block, Vector256.Create(thresholds[row]));
                uint candidates = (reach & Vector256.GreaterThan(block, Vector256<float>.Zero))
                    .ExtractMostSignificantBits();
                for (; candidates != 0; candidates &= candidates - 1)
                    OfferPair(row, next + BitOperations.TrailingZeroCount(candidates), scores, lists);
            }
        }

        for (; next < scores.Length; next++)
        {
            if (scores[next] > 0)
                OfferPair(row, next, scores, lists);
        }

        Array.Clear(scores, row + 1, scores.Length - row - 1);
    }

    private void OfferPair(int row, int other, float[] scores, NeighbourLists lists)
    {
        if (Catalog.AreDuplicates(row, other))
            return;
        lists.Offer(row, other, scores[other]);
        lists.Offer(other, row, scores[other]);
    }

    /// <summary>Scores every product against a vector: cosine similarities into <paramref name="scores"/>.</summary>
    public void Accumulate(SparseVector query, Span<float> scores)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(scores.Length, _vectors.Length, nameof(scores) + ".Length");

        // The innermost loop of every query: references instead of indexing skip three bounds checks per posting,
        // which the length check above and the postings' own positions (all below the product count) make safe.
        ref float score = ref MemoryMarshal.GetReference(scores);
        ref int product = ref MemoryMarshal.GetArrayDataReference(_postingProduct);
        ref float value = ref MemoryMarshal.GetArrayDataReference(_postingValue);
        for (int e = 0; e < query.Count; e++)
        {
            int term = query.Indices[e];
            float weight = query.Values[e];
            for (int slot = _postingStart[term], end = _postingStart[term + 1]; slot < end; slot++)
                Unsafe.Add(ref score, Unsafe.Add(ref product, slot)) += weight * Unsafe.Add(ref value, slot);
        }
    }

    /// <summary>The shared terms that contribute most to the similarity of two vectors.</summary>
    public IReadOnlyList<string> SharedTerms(SparseVector a, SparseVector b, int count = 3) =>
        SharedTerms(a, b, count, -1, -1);

    /// <summary>
    /// The shared terms that contribute most to the similarity of two products, among the words of their own text
    /// (when the index also reads link slugs, a word only a slug brings in is not named).
    /// </summary>
    public IReadOnlyList<string> SharedTerms(int a, int b, int count = 3) =>
        SharedTerms(_vectors[a], _vectors[b], count, a, b);

    // Products below zero are free text (a search query), whose every term is its own.
    private List<string> SharedTerms(SparseVector a, SparseVector b, int count, int productA, int productB)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var contributions = new List<(float Value, int Term)>();
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            if (a.Indices[i] == b.Indices[j])
            {
                contributions.Add((a.Values[i] * b.Values[j], a.Indices[i]));
                i++;
                j++;
            }
            else if (a.Indices[i] < b.Indices[j])
                i++;
            else
                j++;
        }

        return contributions.Where(c => InOwnText(productA, c.Term) && InOwnText(productB, c.Term))
            .OrderByDescending(c => c.Value).ThenBy(c => c.Term)
            .Select(c => Vectorizer.Term(c.Term)).Where(t => t[0] != TfIdfVectorizer.CharNgramMark)
            .Take(count).ToList();
    }

    private bool InOwnText(int product, int term) =>
        product < 0 || _ownTextTerms is null || Array.BinarySearch(_ownTextTerms[product], term) >= 0;

    private List<ScoredProduct> Rank(SparseVector query, int queryProduct, int k, Func<int, bool>? accept)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        var scores = Rent();
        try
        {
            Accumulate(query, scores);
            return TopK.SelectDistinct(scores, k, Catalog.FirstOfEachDuplicateGroup, accept)
                .Select(i => new ScoredProduct(i, Math.Min(1.0, scores[i]),
                    SharedTerms(query, _vectors[i], 3, queryProduct, i)))
                .ToList();
        }
        finally
        {
            Return(scores);
        }
    }

    private float[] Rent() => _accumulators.TryTake(out var scores) ? scores : new float[_vectors.Length];

    private void Return(float[] scores)
    {
        Array.Clear(scores);
        _accumulators.Add(scores);
    }
}
