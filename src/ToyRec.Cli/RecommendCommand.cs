using System.CommandLine;
using Spectre.Console;
using ToyRec.Catalog;
using ToyRec.Personal;

namespace ToyRec.Cli;

/// <summary>
/// <c>toyrec recommend</c>: recommendations for a user of the interaction log (<c>--user</c>) or for a history of
/// catalogue products (<c>--history</c>).
/// </summary>
internal static class RecommendCommand
{
    public static readonly Option<string?> User = new("--user")
    {
        Description = "A user of the interaction log, by its id there or, with datamaps.json beside the log, by " +
            "Amazon reviewer id; recommends from that user's whole history.",
    };

    public static readonly Option<int> Count = NumberOptions.Int("-k", "How many recommendations (1 to 100).", 10,
        1, 100);

    public static Command Create()
    {
        var command = new Command("recommend",
            "Recommend for a user of the interaction log (--user) or a history of catalogue products (--history).");
        command.Options.Add(User);
        command.Options.Add(Count);
        command.Options.Add(InteractionOptions.Interactions);
        CatalogueRecommendCommand.AddOptions(command);
        return command.WithAction(context =>
        {
            int k = context.Get(Count);
            string? user = context.Get(User);
            if (user is not null)
            {
                CatalogueRecommendCommand.RejectCatalogueOptions(context);
                return ForUser(context, user, k);
            }

            return CatalogueRecommendCommand.Run(context, k);
        });
    }

    private static int ForUser(CliContext context, string userId, int k)
    {
        string? path = context.Get(InteractionOptions.Interactions);
        var log = InteractionOptions.Load(context, path, required: true)!;
        var maps = DataMaps.Beside(log.Report.Source);
        if (!log.TryGetUser(userId, out int user))
        {
            // The log numbers its users; datamaps.json beside it gives each one's Amazon reviewer id.
            if (maps?.UserOfReviewer(userId) is not { } logUser || !log.TryGetUser(logUser, out user))
            {
                string reviewers = maps is { HasReviewers: true }
                    ? $", or their Amazon reviewer ids in {maps.Source}"
                    : "";
                throw new UsageException($"User '{CatalogProblem.Shorten(userId)}' is not in {log.Report.Source} " +
                    $"({log.UserCount} users, " +
                    $"ids like '{log.UserIds[0]}'{reviewers}).");
            }

            context.Log.Info($"Reviewer '{CatalogProblem.Shorten(userId)}' is user " +
                $"'{CatalogProblem.Shorten(logUser)}' of {log.Report.Source} ({DataMaps.FileName}).");
        }

        var model = context.Log.Step("Building item-kNN and transitions",
            () => PersonalModel.Build(log.Sequences, log.ItemCount));
        var products = ProductsByAsin(context, maps);
        var history = log.Sequences[user];
        var results = model.Recommend(history, k);

        object Describe(int item)
        {
            string id = log.ItemIds[item];
            string? asin = maps?.AsinOf(id);
            var product = asin is not null && products.TryGetValue(asin, out var p) ? p : null;
            return new { item = id, asin, product = product is null ? null : new { product.Id, product.Name } };
        }

        var recommendations = results.Select((r, rank) =>
        {
            var (from, transition, similarity) = model.Explain(history, r.Item);
            string reason = from < 0 ? "popular"
                : transition >= model.Options.KnnWeight * similarity ? $"often follows item {log.ItemIds[from]}"
                : $"bought by the same users as item {log.ItemIds[from]}";
            return new { rank = rank + 1, score = r.Score, reason, item = Describe(r.Item) };
        }).ToList();
        var output = new
        {
            user = userId,
            logUser = log.UserIds[user],
            history = history.Select(Describe).ToList(),
            recommendations,
            catalogueMatches = results.Count(r =>
                maps?.AsinOf(log.ItemIds[r.Item]) is { } asin && products.ContainsKey(asin)),
        };
        if (context.Json)
        {
            JsonOutput.Write(context.Output, output);
            return 0;
        }

        var console = Terminal.For(context.Output);
        string items = history.Length == 1 ? "1 item" : $"{history.Length} items";
        console.MarkupLine($"[bold]User {Markup.Escape(CatalogProblem.Shorten(userId))}[/]: {items}, " +
            "newest last: " +
            Markup.Escape(string.Join(", ", history.TakeLast(8).Select(i => Label(log, maps, products, i)))));
        var table = new Table().AddColumns("#", "item", "score", "why");
        foreach (var r in results.Select((r, i) => (r, i)))
        {
            table.AddRow($"{r.i + 1}", Markup.Escape(Label(log, maps, products, r.r.Item)), $"{r.r.Score:0.000}",
                Markup.Escape(recommendations[r.i].reason));
        }

        console.Write(table);
        return 0;
    }

    // The ids and ASINs come from files: shown as problem messages show values, shortened with control characters
    // escaped, so a hostile log or datamaps.json cannot drive the terminal.
    private static string Label(InteractionLog log, DataMaps? maps, Dictionary<string, Product> products, int item)
    {
        string id = CatalogProblem.Shorten(log.ItemIds[item]);
        string? asin = maps?.AsinOf(log.ItemIds[item]);
        if (asin is null)
            return id;
        return products.TryGetValue(asin, out var product)
            ? $"{id} ({CatalogProblem.Shorten(asin)}, {product.Name})"
            : $"{id} ({CatalogProblem.Shorten(asin)})";
    }

    private static Dictionary<string, Product> ProductsByAsin(CliContext context, DataMaps? maps)
    {
        var byAsin = new Dictionary<string, Product>(StringComparer.Ordinal);
        if (maps is null || OptionalCatalogue.Load(context, "Catalogue names of log items") is not { } catalog)
            return byAsin;

        foreach (var product in catalog.Products)
        {
            if (product.Asin is { } asin)
                byAsin.TryAdd(asin, product);
        }

        return byAsin;
    }
}
