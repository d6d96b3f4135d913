using ToyRec.Catalog;
using ToyRec.Evaluation;

namespace ToyRec.Content;

/// <summary>
/// Evaluates the content model: every product is a query, its top k neighbours are graded three ways
/// (<see cref="ContentRelevance"/>) against a random and a popularity baseline. Field weights are chosen on a
/// seeded validation half of the queries and reported on the other half, and, for comparison with figures
/// computed over every product, over all queries too (variants ending in <c>-all</c>). Two settings are
/// reported: <c>text-only</c>, the product's own text (the cold model), and <c>toyrec</c>, which for the category
/// relevances adds the words of the product's own link slugs when validation prefers them.
/// </summary>
/// <remarks>
/// Precision@k, MAP@k with AP@k = (1 / min(k, R)) Σ P@i · rel(i) where R counts the relevant products in the
/// catalogue, and the lenient MAP@k that divides by the hits in the top k (<see cref="RankingMetrics"/>). A query
/// with R = 0 under a relevance (no resolved link, or alone in its category) is left out of that relevance and
/// counted in the details.
/// </remarks>
public static class ContentEvaluator
{
    /// <summary>The systems reported.</summary>
    public const string Toyrec = "toyrec";

    /// <summary>Random neighbours, drawn with the seed.</summary>
    public const string Random = "random";

    /// <summary>ToyRec's content model on the product's own text alone (no link slugs): the cold model.</summary>
    public const string TextOnly = "text-only";

    /// <summary>The most-reviewed products.</summary>
    public const string Popularity = "popularity";

    /// <summary>The details key of the query counts (<see cref="QueryCount"/>) behind each variant's figures.</summary>
    public const string QueriesPerVariantKey = "queriesPerVariant";

    private static readonly ContentRelevance[] Relevances =
        [ContentRelevance.SameTopLevel, ContentRelevance.SamePath, ContentRelevance.CoPurchase];

    /// <summary>The variant name of a relevance definition, with <c>-all</c> for the all-queries figures.</summary>
    public static string VariantName(ContentRelevance relevance, bool allQueries) => relevance switch
    {
        ContentRelevance.SameTopLevel => "same-top-level",
        ContentRelevance.SamePath => "same-path",
        _ => "co-purchase",
    } + (allQueries ? "-all" : "");

    /// <summary>Runs the evaluation.</summary>
    public static EvaluationResult Evaluate(ProductCatalog catalog, ContentEvaluationOptions? options = null,
        IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        options ??= new ContentEvaluationOptions();
        var judge = new RelevanceJudge(catalog);
        var halves = SeededShuffle.Split(catalog.Count, options.Seed, 0.5);
        int[] validation = halves[0], test = halves[1];

        // Two selections on the validation half. The text-only setting (the cold model) is chosen over every
        // relevance; the linked-name weight is then chosen on the category relevances alone, because the link
        // slugs are the co-purchase relevance's answer. The co-purchase figures of "toyrec" are the text-only ones.
        var selection = new ContentWeightSelection(catalog, judge, validation, options.K, progress);

        // A relevance no validation query can be judged by, or one every product meets, says nothing about the
        // weights: it is left out of the selection (and of the report, below, with its reason).
        var skipped = Relevances.ToDictionary(r => r, r => TrivialReason(catalog, r));
        var usable = Relevances.Where(r => skipped[r] is null && judge.AnyRelevant(r, validation)).ToArray();
        var textOnly = selection.Choose(options.Candidates, usable);
        var linkedCandidates = options.LinkedNameWeights.Select(w => textOnly with { LinkedNameWeight = w })
            .Prepend(textOnly).Distinct().ToList();
        var categoryRelevances = usable.Where(r => r != ContentRelevance.CoPurchase).ToArray();
        var withLinks = categoryRelevances.Length == 0 ? textOnly
            : selection.Choose(linkedCandidates, categoryRelevances);

        var textOnlyLists = ContentIndex.Build(catalog, textOnly).SimilarIndicesForAll(options.K);
        var withLinksLists = withLinks == textOnly
            ? textOnlyLists
            : ContentIndex.Build(catalog, withLinks).SimilarIndicesForAll(options.K);
        var random = RandomNeighbours(catalog, options.K, options.Seed);
        var popular = PopularNeighbours(catalog, options.K);
        var systems = new (string System, Func<ContentRelevance, int[][]> Lists)[]
        {
            (Toyrec, r => r == ContentRelevance.CoPurchase ? textOnlyLists : withLinksLists),
            (TextOnly, _ => textOnlyLists),
            (Random, _ => random),
            (Popularity, _ => popular),
        };

        var (metrics, excluded, skippedVariants) = ScoreSystems(judge, systems, skipped, test, catalog.Count,
            options.K);

        var protocol = new Dictionary<string, object?>
        {
            ["queries"] = "every cleaned product; its top k neighbours over the whole catalogue, excluding " +
                "itself and its exact duplicates (same normalised name and manufacturer)",
            ["k"] = options.K,
            ["seed"] = options.Seed,
            ["validationQueries"] = validation.Length,
            ["testQueries"] = test.Length,
            ["relevance"] = new Dictionary<string, string>
            {
                ["same-top-level"] = "the neighbour's top-level category equals the query's",
                ["same-path"] = "the neighbour's full category path equals the query's",
                ["co-purchase"] = "the neighbour is one of the query's also-bought links resolved in the catalogue",
            },
            ["map"] = "MAP@k: AP = (1/min(k,R)) * sum P@i rel(i), R = relevant products in the catalogue; " +
                "MAP@k-lenient divides by the hits in the top k instead",
            ["selection"] = "text fields' weights (system text-only) chosen on the validation half by mean strict " +
                "MAP@k over the three relevances; then the weight of the product's own link slugs chosen on the " +
                "validation half by mean strict MAP@k over the two category relevances (system toyrec for those); " +
                "toyrec's co-purchase figures are text-only's, since the slugs are that relevance's answer; " +
                "reported on the held-out half, and over all queries as the -all variants",
            ["chosenOptions"] = new Dictionary<string, string>
            {
                [TextOnly] = Describe(textOnly),
                [Toyrec + " (category relevances)"] = Describe(withLinks),
            },
            ["categoryInText"] = false,
            ["sellersRankInText"] = false,
        };
        var details = new Dictionary<string, object?>
        {
            [QueriesPerVariantKey] = excluded,
            ["candidatesTried"] = selection.Tried,
        };
        if (skippedVariants.Count > 0)
            details[EvaluationResult.SkippedVariantsKey] = skippedVariants;
        return new EvaluationResult("content", protocol, metrics, details);
    }

    // Each system's figures on the test half and over all queries, per relevance; a relevance every list meets
    // (skipped[r] not null) or one no query can be scored by is left out with its reason.
    private static (List<MetricValue> Metrics, Dictionary<string, QueryCount> Queries,
        Dictionary<string, string> Skipped) ScoreSystems(RelevanceJudge judge,
        (string System, Func<ContentRelevance, int[][]> Lists)[] systems,
        Dictionary<ContentRelevance, string?> skipped, int[] test, int productCount, int k)
    {
        var all = Enumerable.Range(0, productCount).ToArray();
        var metrics = new List<MetricValue>();
        var excluded = new Dictionary<string, QueryCount>();
        var skippedVariants = new Dictionary<string, string>();
        foreach (var (system, listsFor) in systems)
        {
            foreach (var relevance in Relevances)
            {
                foreach (var (queries, allQueries) in new[] { (test, false), (all, true) })
                {
                    var score = Score(judge, relevance, queries, listsFor(relevance), k);
                    string variant = VariantName(relevance, allQueries);
                    if (system == Toyrec)
                        excluded[variant] = new QueryCount(score.Queries, score.LeftOut);
                    if (skipped[relevance] is { } trivial)
                    {
                        skippedVariants[variant] = trivial;
                        continue;
                    }

                    if (score.Queries == 0)
                    {
                        skippedVariants[variant] = $"none of the {queries.Length} queries has a relevant product " +
                            "to find, so there is nothing to score";
                        continue;
                    }

                    metrics.Add(new MetricValue($"P@{k}", variant, system, score.Precision));
                    metrics.Add(new MetricValue($"MAP@{k}", variant, system, score.MapStrict));
                    metrics.Add(new MetricValue($"MAP@{k}-lenient", variant, system, score.MapLenient));
                }
            }
        }

        return (metrics, excluded, skippedVariants);
    }

    // Why a relevance is met by every pair of products (one top level, or one path, for the whole catalogue),
    // so that any list, random or not, would score 1; null when it is not.
    private static string? TrivialReason(ProductCatalog catalog, ContentRelevance relevance)
    {
        Func<Product, string>? key = relevance switch
        {
            ContentRelevance.SameTopLevel => p => p.Category.TopLevel,
            ContentRelevance.SamePath => p => p.Category.FullPath,
            _ => null,
        };
        if (key is null || catalog.Count == 0 || catalog.Products.Any(p => p.Category.IsEmpty))
            return null;
        string first = key(catalog[0]);
        return catalog.Products.All(p => key(p) == first)
            ? $"every product has the same {(relevance == ContentRelevance.SameTopLevel ? "top-level category" :
                "category path")} ({first}), so every neighbour is relevant and any list scores 1"
            : null;
    }

    /// <summary>A short description of field weights, for reports.</summary>
    public static string Describe(ContentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return $"name {options.NameWeight}, manufacturer {options.ManufacturerWeight}, description " +
            $"{options.DescriptionWeight}, information {options.InformationWeight}, reviews {options.ReviewWeight}, " +
            $"sellers {options.SellerWeight}, name character n-grams {options.NameCharNgramWeight}, linked names " +
            $"{options.LinkedNameWeight}" +
            (options.TfIdf.WordBigrams ? ", with word bigrams" : "");
    }

    // Random neighbours per query from one seeded generator, drawn in query order so threads cannot change them:
    // a partial Fisher–Yates shuffle of the query's candidates (every product but itself and its duplicates).
    private static int[][] RandomNeighbours(ProductCatalog catalog, int k, int seed)
    {
        var random = new System.Random(seed);
        var lists = new int[catalog.Count][];
        var pool = new int[catalog.Count];
        for (int q = 0; q < catalog.Count; q++)
        {
            int size = 0;
            for (int c = 0; c < catalog.Count; c++)
            {
                if (!catalog.AreDuplicates(c, q))
                    pool[size++] = c;
            }

            int take = Math.Min(k, size);
            for (int i = 0; i < take; i++)
            {
                int j = i + random.Next(size - i);
                (pool[i], pool[j]) = (pool[j], pool[i]);
            }

            lists[q] = pool[..take];
        }

        return lists;
    }

    private static int[][] PopularNeighbours(ProductCatalog catalog, int k)
    {
        var byReviews = Enumerable.Range(0, catalog.Count)
            .OrderByDescending(i => catalog[i].ReviewCount ?? 0).ThenBy(i => i).Take(k + 64).ToArray();
        var lists = new int[catalog.Count][];
        for (int q = 0; q < catalog.Count; q++)
            lists[q] = byReviews.Where(c => !catalog.AreDuplicates(c, q)).Take(k).ToArray();
        return lists;
    }

    internal static QueryScore Score(RelevanceJudge judge, ContentRelevance relevance, int[] queries, int[][] lists,
        int k)
    {
        double precision = 0, strict = 0, lenient = 0;
        int counted = 0, leftOut = 0;
        Span<bool> relevant = stackalloc bool[k];
        foreach (int q in queries)
        {
            int total = judge.RelevantCount(relevance, q);
            if (total == 0)
            {
                leftOut++;
                continue;
            }

            var list = lists[q];
            relevant.Clear();
            for (int i = 0; i < Math.Min(k, list.Length); i++)
                relevant[i] = judge.IsRelevant(relevance, q, list[i]);
            precision += RankingMetrics.PrecisionAt(relevant, k);
            strict += RankingMetrics.AveragePrecisionAt(relevant, k, total);
            lenient += RankingMetrics.LenientAveragePrecisionAt(relevant, k);
            counted++;
        }

        return counted == 0
            ? new QueryScore(0, 0, 0, 0, leftOut)
            : new QueryScore(precision / counted, strict / counted, lenient / counted, counted, leftOut);
    }

    internal readonly record struct QueryScore(double Precision, double MapStrict, double MapLenient, int Queries,
        int LeftOut);
}
