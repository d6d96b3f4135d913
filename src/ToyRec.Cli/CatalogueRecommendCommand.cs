using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using ToyRec.Catalog;
using ToyRec.Content;
using ToyRec.Personal;
using ToyRec.Server.Http;

namespace ToyRec.Cli;

/// <summary><c>toyrec recommend --history</c>: recommendations for a history of catalogue products.</summary>
internal static class CatalogueRecommendCommand
{
    public static readonly Option<string?> History = new("--history")
    {
        Description = "Catalogue products the shopper viewed or bought, oldest first: ids or names, comma-separated; " +
            "'id^2' weighs one twice. An empty string asks for popular products.",
    };

    public static readonly Option<bool> Ordered = new("--ordered")
    {
        Description = "The history is in time order, oldest first: later products count more (weight d^r for the " +
            $"product r places before the newest, d = --recency-decay, default {HistoryWeights.DefaultDecay}).",
    };

    public static readonly Option<double?> RecencyDecay = NumberOptions.Optional("--recency-decay",
        "Recency decay d of an ordered history, more than 0 and at most 1 (1 ignores the order); implies --ordered.",
        0.0, 1.0, aboveMin: true);

    public static readonly Option<decimal?> MinPrice =
        NumberOptions.Optional("--min-price", "Lowest price (£).", 0m, PriceRange.PlausibleMaximum);

    public static readonly Option<decimal?> MaxPrice =
        NumberOptions.Optional("--max-price", "Highest price (£).", 0m, PriceRange.PlausibleMaximum);

    public static readonly Option<bool> InStock = new("--in-stock") { Description = "Only products in stock." };

    public static readonly Option<string[]> Category = new("--category")
    {
        Description = "Only products in one of these categories (any level of the path; repeatable).",
        AllowMultipleArgumentsPerToken = true,
    };

    public static readonly Option<string[]> ExcludeCategory = new("--exclude-category")
    {
        Description = "Never products in these categories (repeatable).",
        AllowMultipleArgumentsPerToken = true,
    };

    public static readonly Option<string[]> Exclude = new("--exclude")
    {
        Description = "Products (ids or names) never to recommend (repeatable).",
        AllowMultipleArgumentsPerToken = true,
    };

    public static readonly Option<double?> Age = NumberOptions.Optional("--age",
        "The child's age in years: only products whose stated minimum age is at most this.", 0.0, 120,
        kind: "a child's age in years");

    public static readonly Option<double> Diversity = NumberOptions.Double("--diversity",
        "Maximal-marginal-relevance trade-off, 0 (off) to 1 (novelty only).", 0, 0, 1);

    /// <summary>
    /// <c>--user</c> recommends log items, which are not catalogue products: the catalogue's history and filters
    /// cannot apply to them, so asking for both is a usage error rather than a silent no-op.
    /// </summary>
    public static void RejectCatalogueOptions(CliContext context)
    {
        var given = new List<string>();
        if (context.Get(History) is not null)
            given.Add("--history");
        if (context.Get(Ordered) || context.Get(RecencyDecay) is not null)
            given.Add("--ordered/--recency-decay");
        if (context.Get(MinPrice) is not null || context.Get(MaxPrice) is not null)
            given.Add("--min-price/--max-price");
        if (context.Get(InStock))
            given.Add("--in-stock");
        if (context.Get(Category) is { Length: > 0 } || context.Get(ExcludeCategory) is { Length: > 0 })
            given.Add("--category/--exclude-category");
        if (context.Get(Exclude) is { Length: > 0 })
            given.Add("--exclude");
        if (context.Get(Age) is not null)
            given.Add("--age");
        if (context.Get(Diversity) != 0)
            given.Add("--diversity");
        if (given.Count > 0)
        {
            throw new UsageException($"--user cannot be combined with {string.Join(", ", given)}: --user " +
                "recommends items of the interaction log, which are not catalogue products, and the filters and " +
                "history options apply to catalogue recommendations (--history) only.");
        }
    }

    // 1 (order ignored) for a plain history; the given (its parser checked the range) or default decay for an
    // ordered one.
    private static double Decay(CliContext context) =>
        context.Get(RecencyDecay) ?? (context.Get(Ordered) ? HistoryWeights.DefaultDecay : 1);

    // Filter values that could only ever give an empty list are usage errors, named with what is allowed (the
    // ranges of single values are checked by the options' parsers).
    private static void CheckFilters(CliContext context, ProductCatalog catalog)
    {
        decimal? min = context.Get(MinPrice), max = context.Get(MaxPrice);
        if (min is not null && max is not null && max < min)
            throw new UsageException($"--max-price ({max}) must be at least --min-price ({min}).");
        var levels = catalog.Products.SelectMany(p => p.Category.FilterNames)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (string category in (context.Get(Category) ?? []).Concat(context.Get(ExcludeCategory) ?? []))
        {
            if (!levels.Contains(category.Trim()))
            {
                // Joined with semicolons: several category names have commas in them.
                string tops = string.Join("; ", catalog.Products.Select(p => p.Category.TopLevel).Distinct()
                    .Order(StringComparer.Ordinal));
                throw new UsageException($"No product has the category '{category}' at any level of its path; " +
                    $"top-level categories are: {tops}.");
            }
        }
    }

    public static void AddOptions(Command command)
    {
        foreach (var option in new Option[] { History, Ordered, RecencyDecay, MinPrice, MaxPrice, InStock, Category,
                     ExcludeCategory, Exclude, Age, Diversity })
        {
            command.Options.Add(option);
        }
    }

    public static int Run(CliContext context, int k)
    {
        string? historyText = context.Get(History)
            ?? throw new UsageException("Give --user ID (a user of the interaction log) or --history \"id1,id2\".");
        var catalog = context.Load().Catalog;
        CheckFilters(context, catalog);
        var history = HistoryWeights.Recency(ParseHistory(catalog, historyText, context.Log), Decay(context));
        var filter = new CandidateFilter(context.Get(MinPrice), context.Get(MaxPrice), context.Get(InStock),
            context.Get(Category) ?? [], context.Get(ExcludeCategory) ?? [],
            (context.Get(Exclude) ?? []).Select(e => ProductArgument.Find(catalog, e, context.Log, "--exclude"))
                .ToList(),
            context.Get(Age) is { } years ? (int)Math.Floor(years * 12) : null);
        var content = context.Log.Step("Indexing product text", () => ContentIndex.Build(catalog));
        var recommender = CatalogueRecommender.Build(catalog, content,
            CatalogueRecommenderOptions.Default with { Diversity = context.Get(Diversity) },
            NeuralTraining.TryLoadScorer(context, catalog));
        var result = recommender.Recommend(history, k, filter);
        if (context.Json)
        {
            JsonOutput.Write(context.Output, new
            {
                history = history.Select(h => new { catalog[h.Index].Id, catalog[h.Index].Name, h.Weight }),
                result.PopularFallback,
                filter = new
                {
                    filter.MinPrice,
                    filter.MaxPrice,
                    filter.InStockOnly,
                    filter.IncludeCategories,
                    filter.ExcludeCategories,
                    excludeProducts = filter.ExcludeProducts?.Select(i => catalog[i].Id) ?? [],
                    filter.ChildAgeMonths,
                },
                recommendations = result.Items.Select((r, i) => new
                {
                    rank = i + 1,
                    catalog[r.Index].Id,
                    catalog[r.Index].Name,
                    score = Math.Round(r.Score, 4),
                    price = catalog[r.Index].Price?.Representative,
                    priceText = catalog[r.Index].Price?.ToString(),
                    priceImputed = catalog[r.Index].PriceSource != PriceImputation.None,
                    category = catalog[r.Index].Category.FullPath,
                    r.Reason,
                }),
            });
            return 0;
        }

        var console = Terminal.For(context.Output);
        console.MarkupLine(result.PopularFallback
            ? "[bold]No history given[/]: the most popular products that pass the filters."
            : $"[bold]For[/] {Markup.Escape(string.Join("; ", history.Select(h => catalog[h.Index].Name)))}");
        if (result.Items.Count < k)
        {
            string products = result.Items.Count == 1 ? "1 product is" : $"{result.Items.Count} products are";
            console.WriteLine($"Only {products} left once the history, its duplicates and the filters are set aside.");
        }

        int estimated = catalog.Products.Count(p => p.PriceSource != PriceImputation.None);
        if ((filter.MinPrice is not null || filter.MaxPrice is not null) && estimated > 0)
        {
            console.WriteLine($"A price bound passes only stated prices: the {estimated} products whose price is " +
                "estimated (shown \"(est.)\") never pass it.");
        }

        var table = new Table().AddColumns("#", "product", "price", "score", "why");
        foreach (var (r, i) in result.Items.Select((r, i) => (r, i)))
        {
            table.AddRow($"{i + 1}", Markup.Escape(catalog[r.Index].Name),
                Markup.Escape(ContentCommands.PriceText(catalog[r.Index])),
                $"{r.Score:0.000}", Markup.Escape(r.Reason));
        }

        console.Write(table);
        return 0;
    }

    private const double MinWeight = 0.001;
    private const double MaxWeight = 100;

    // Items are separated by commas, but 657 of the Kaggle names contain one: the longest run of comma-separated
    // pieces that is a product's id or exact name is taken first, and only a piece matching nothing exactly is
    // looked up tolerantly. "item^w" weighs an item; a caret not followed by a number is an error unless the whole
    // item is a name.
    private static List<HistoryItem> ParseHistory(ProductCatalog catalog, string text, ProgressLog log)
    {
        var items = new List<HistoryItem>();
        if (string.IsNullOrWhiteSpace(text))
            return items;
        var pieces = text.Split(',', StringSplitOptions.TrimEntries);
        if (pieces.All(p => p.Length == 0))
            throw new UsageException("--history names no product; give ids or names separated by commas.");
        int empty = 0;
        for (int start = 0; start < pieces.Length; start++)
        {
            if (pieces[start].Length == 0)
            {
                empty++;
                continue;
            }

            var (end, index, weight) = LongestExactItem(catalog, pieces, start);
            if (index < 0)
            {
                (end, string reference, weight) = (start, pieces[start], 1f);
                int caret = reference.LastIndexOf('^');
                if (caret >= 0)
                    (reference, weight) = (reference[..caret].Trim(), Weight(pieces[start], caret));
                if (reference.Length == 0)
                    throw new UsageException($"--history: '{pieces[start]}' gives a weight but no product.");
                if (reference.Contains('^', StringComparison.Ordinal))
                    throw new UsageException($"--history: '{pieces[start]}' has more than one weight ('^').");
                // LongestExactItem found no exact match, so this one is tolerant and the log names the pick.
                index = ProductArgument.Find(catalog, reference, log, "--history");
            }

            items.Add(new HistoryItem(index, weight));
            start = end;
            if (items.Count > Limits.MaxHistory)
            {
                throw new UsageException($"--history has more than {Limits.MaxHistory} products; give at most " +
                    $"{Limits.MaxHistory}, as the HTTP API takes.");
            }
        }

        // A trailing or doubled comma is a slip worth forgiving, but not silently.
        if (empty > 0)
            log.Info($"--history: skipped {empty} empty item{(empty == 1 ? "" : "s")} (nothing between two commas).");
        return items;
    }

    // The longest run pieces[start..end] that, joined by commas, is an id or an exact name, with or without a
    // trailing weight; (start, -1, 1) when none is.
    private static (int End, int Index, float Weight) LongestExactItem(ProductCatalog catalog, string[] pieces,
        int start)
    {
        // No run can be longer than the most commas any product name has, which keeps a long history linear.
        int longest = catalog.MostCommasInAName + 1;
        for (int end = Math.Min(pieces.Length, start + longest) - 1; end >= start; end--)
        {
            string joined = string.Join(",", pieces[start..(end + 1)]);
            if (joined.EndsWith('^'))
                throw new UsageException($"--history: '{joined}' has no weight after '^'.");
            int index = catalog.FindExact(joined);
            if (index >= 0)
                return (end, index, 1);
            int caret = joined.LastIndexOf('^');
            if (caret > 0 && float.TryParse(joined.AsSpan(caret + 1), NumberStyles.Float,
                    CultureInfo.InvariantCulture, out _) && catalog.FindExact(joined[..caret]) is >= 0 and int weighed)
                return (end, weighed, Weight(joined, caret));
        }

        return (start, -1, 1);
    }

    private static float Weight(string item, int caret)
    {
        string text = item[(caret + 1)..].Trim();
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double weight))
            throw new UsageException($"--history: weight '{text}' of '{item}' is not a number.");
        if (weight is < MinWeight or > MaxWeight || double.IsNaN(weight))
        {
            throw new UsageException($"--history: weight '{text}' of '{item}'; expected a number from {MinWeight} " +
                $"to {MaxWeight}.");
        }

        return (float)weight;
    }
}
