using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using ToyRec.Catalog;
using ToyRec.Category;
using ToyRec.Server.Http;
using ToyRec.Text;

namespace ToyRec.Cli;

/// <summary>
/// <c>toyrec category --name "..." [--price P] [--rating R] [-k K]</c>: the predicted top-level category with its
/// probability, the next two, and k products of the predicted category whose names are most alike.
/// </summary>
internal static class CategoryCommand
{
    public static Command Create()
    {
        var name = new Option<string>("--name") { Description = "The product name.", Required = true };
        var price = NumberOptions.Optional("--price", "The price in pounds (optional).", 0.0,
            (double)PriceRange.PlausibleMaximum);
        var rating = NumberOptions.Optional("--rating", "The average rating, 1 to 5 stars (optional).",
            (double)Limits.MinRating, (double)Limits.MaxRating);
        var k = NumberOptions.Int("-k", "How many products to suggest from the predicted category (0 to 100).", 5,
            0, 100, "--k");
        var command = new Command("category",
            "Predict a toy's top-level category from its name, price and rating, and suggest products from it. " +
            "Uses the saved model in --models when there is one.")
        {
            name, price, rating, k,
        };
        return command.WithAction(context =>
        {
            var query = Query(context.Get(name), context.Get(price), context.Get(rating));
            // .NET turns bytes of the command line that are not UTF-8 into U+FFFD without a word.
            if (query.Name.Contains('\uFFFD', StringComparison.Ordinal))
            {
                context.Log.Info("Warning: --name has bytes that are not UTF-8 (read as \uFFFD); check the " +
                    "terminal's encoding.");
            }

            int count = context.Get(k);
            var (catalog, _) = context.Load();
            var model = CategoryTraining.LoadOrFit(context, catalog);
            var ranked = model.Predict(query);
            int predicted = model.Labels.Names.ToList().IndexOf(ranked[0].Name);
            var suggestions = model.Suggest(catalog, query, predicted, count);
            var remarks = Remarks(model, query, ranked[0].Name, count, suggestions);
            var rows = suggestions.Select(s => new
            {
                id = catalog[s.Index].Id,
                name = catalog[s.Index].Name,
                price = catalog[s.Index].Price?.Representative,
                priceText = catalog[s.Index].Price?.ToString(),
                priceImputed = catalog[s.Index].PriceSource != PriceImputation.None,
                rating = catalog[s.Index].Rating,
                similarity = Math.Round(s.Similarity, 4),
            }).ToList();
            if (context.Json)
            {
                JsonOutput.Write(context.Output, new
                {
                    query = new { name = query.Name, price = query.Price, rating = query.Rating },
                    category = ranked[0].Name,
                    probability = ranked[0].Probability,
                    next = ranked.Skip(1).Take(2).Select(c => new { category = c.Name, probability = c.Probability }),
                    suggestions = rows,
                    remarks,
                });
                return 0;
            }

            var console = Terminal.For(context.Output);
            console.MarkupLine($"Predicted category: [bold]{Markup.Escape(ranked[0].Name)}[/] " +
                $"(probability {P(ranked[0].Probability)})");
            console.WriteLine("Next: " + string.Join(", ", ranked.Skip(1).Take(2)
                .Select(c => $"{c.Name} ({P(c.Probability)})")));
            foreach (string remark in remarks)
                console.WriteLine($"Note: {remark}.");
            if (rows.Count == 0)
                return 0;
            string order = suggestions.Any(s => s.Similarity > 0) ? "by name similarity" : "in catalogue order";
            var title = new TableTitle($"From {Markup.Escape(ranked[0].Name)}, {order}");
            var table = new Table { Title = title }.AddColumns("product", "price", "rating", "similarity", "id");
            foreach (var (row, suggestion) in rows.Zip(suggestions))
            {
                string shownPrice = ContentCommands.PriceText(catalog[suggestion.Index]);
                table.AddRow(Markup.Escape(row.name), Markup.Escape(shownPrice is "" ? "?" : shownPrice),
                    row.rating?.ToString("0.0", CultureInfo.InvariantCulture) ?? "?",
                    row.similarity.ToString("0.000", CultureInfo.InvariantCulture), row.id);
            }

            console.Write(table);
            return 0;
        });
    }

    // What a user should know to read the answer: a name the model has never seen, no product of the predicted
    // category in this catalogue, or suggestions that share nothing with the name (so their order says nothing).
    private static List<string> Remarks(CategoryModel model, CategoryQuery query, string category, int count,
        IReadOnlyList<CategorySuggestion> suggestions)
    {
        var remarks = new List<string>();
        if (!model.KnowsName(query.Name))
            remarks.Add(CategoryModel.UnknownNameRemark(query));
        if (count > 0 && suggestions.Count == 0)
            remarks.Add($"no product of this catalogue is in {category}, so there is nothing to suggest");
        else if (suggestions.Count > 0 && suggestions.All(s => s.Similarity <= 0))
            remarks.Add($"no product of {category} shares a word or character sequence with the name; the " +
                "suggestions are its first products in catalogue order");
        return remarks;
    }

    private static CategoryQuery Query(string? name, double? price, double? rating)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new UsageException("--name must be a product name such as \"Settlers of Catan Board Game\".");
        name = name.Trim();
        // Control characters are not text to predict from, and an ESC sequence would change the answer.
        if (ControlCharacters.DescribeFirst(name) is { } control)
            throw new UsageException($"--name must be free of control characters; got {control}.");

        // Characters are code points, as the API counts them.
        if (name.EnumerateRunes().Count() is var length && length > Limits.MaxNameLength)
        {
            throw new UsageException($"--name has {length} characters; give at most " +
                $"{Limits.MaxNameLength}, as the HTTP API takes.");
        }

        return new CategoryQuery(name, price, rating);
    }

    private static string P(double probability) => probability.ToString("0.000", CultureInfo.InvariantCulture);
}
