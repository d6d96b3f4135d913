using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using ToyRec.Catalog;
using ToyRec.Content;
using ToyRec.Personal;

namespace ToyRec.Cli;

/// <summary><c>toyrec recommend --history</c>: recommendations for a history of catalogue products.</summary>
internal static class CatalogueRecommendCommand
{
    public static readonly Option<string?> History = new("--history")
    {
        Description = "Catalogue products the shopper viewed or bought, oldest first: ids or names, comma-separated; " +
            "'id^2' weighs one twice. An empty string asks for popular products.",
    };

    public static readonly Option<decimal?> MinPrice = new("--min-price") { Description = "Lowest price (£)." };

    public static readonly Option<decimal?> MaxPrice = new("--max-price") { Description = "Highest price (£)." };

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

    public static readonly Option<double?> Age = new("--age")
    {
        Description = "The child's age in years: only products whose stated minimum age is at most this.",
    };

    public static readonly Option<double> Diversity = new("--diversity")
    {
        Description = "Maximal-marginal-relevance trade-off, 0 (off) to 1 (novelty only).",
        DefaultValueFactory = _ => 0,
    };

    public static void AddOptions(Command command)
    {
        foreach (var option in new Option[] { History, MinPrice, MaxPrice, InStock, Category, ExcludeCategory, Exclude,
                     Age, Diversity })
        {
            command.Options.Add(option);
        }
    }

    public static int Run(CliContext context, int k)
    {
        string? historyText = context.Get(History)
            ?? throw new UsageException("Give --user ID (a user of the interaction log) or --history \"id1,id2\".");
        double diversity = context.Get(Diversity);
        if (diversity is < 0 or > 1)
            throw new UsageException($"--diversity is {diversity}; expected a number from 0 to 1.");
        var catalog = context.Load().Catalog;
        var history = ParseHistory(catalog, historyText);
        var filter = new CandidateFilter(context.Get(MinPrice), context.Get(MaxPrice), context.Get(InStock),
            context.Get(Category) ?? [], context.Get(ExcludeCategory) ?? [],
            (context.Get(Exclude) ?? []).Select(e => FindProduct(catalog, e, "--exclude")).ToList(),
            context.Get(Age) is { } years ? (int)Math.Floor(years * 12) : null);
        var content = context.Log.Step("Indexing product text", () => ContentIndex.Build(catalog));
        var recommender = CatalogueRecommender.Build(catalog, content,
            CatalogueRecommenderOptions.Default with { Diversity = diversity },
            NeuralTraining.TryLoadScorer(context, catalog));
        var result = recommender.Recommend(history, k, filter);
        if (context.Json)
        {
            JsonOutput.Write(context.Output, new
            {
                history = history.Select(h => new { catalog[h.Index].Id, catalog[h.Index].Name, h.Weight }),
                result.PopularFallback,
                filter,
                recommendations = result.Items.Select((r, i) => new
                {
                    rank = i + 1,
                    catalog[r.Index].Id,
                    catalog[r.Index].Name,
                    score = Math.Round(r.Score, 4),
                    price = catalog[r.Index].Price?.ToString(),
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
            console.WriteLine($"Only {result.Items.Count} products pass the filters.");
        var table = new Table().AddColumns("#", "product", "price", "score", "why");
        foreach (var (r, i) in result.Items.Select((r, i) => (r, i)))
        {
            table.AddRow($"{i + 1}", Markup.Escape(catalog[r.Index].Name), Markup.Escape($"{catalog[r.Index].Price}"),
                $"{r.Score:0.000}", Markup.Escape(r.Reason));
        }

        console.Write(table);
        return 0;
    }

    private static List<HistoryItem> ParseHistory(ProductCatalog catalog, string text)
    {
        var items = new List<HistoryItem>();
        foreach (string part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string reference = part;
            float weight = 1;
            int caret = part.LastIndexOf('^');
            if (caret > 0 && float.TryParse(part.AsSpan(caret + 1), NumberStyles.Float, CultureInfo.InvariantCulture,
                    out float parsed))
            {
                if (parsed <= 0)
                    throw new UsageException($"--history: weight '{part[(caret + 1)..]}' of '{part}'; expected > 0.");
                (reference, weight) = (part[..caret].Trim(), parsed);
            }

            items.Add(new HistoryItem(FindProduct(catalog, reference, "--history"), weight));
        }

        return items;
    }

    private static int FindProduct(ProductCatalog catalog, string reference, string option)
    {
        int index = catalog.Find(reference);
        return index >= 0 ? index
            : throw new UsageException($"{option}: no product has the id or name '{reference}'.");
    }
}
