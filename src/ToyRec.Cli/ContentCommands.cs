using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using ToyRec.Catalog;
using ToyRec.Content;
using ToyRec.Evaluation;

namespace ToyRec.Cli;

/// <summary><c>toyrec similar</c>, <c>toyrec search</c> and <c>toyrec evaluate content</c>.</summary>
internal static class ContentCommands
{
    private static Option<int> KOption() => NumberOptions.Int("-k", "How many results (1 to 100).", 10, 1, 100,
        "--k");

    public static Command Similar()
    {
        var product = new Argument<string>("id-or-name") { Description = "A product id, or (part of) its name." };
        var k = KOption();
        var command = new Command("similar", "Products most similar to a product, with the terms they share.")
        {
            product, k,
        };
        return command.WithAction(context =>
        {
            int count = CheckK(context.Get(k));
            var (catalog, _) = context.Load();
            string query = context.Get(product) ?? "";
            int index = ProductArgument.Find(catalog, query, context.Log);
            var content = context.Log.Step("Indexing product text",
                () => ContentIndex.Build(catalog, ContentOptions.SimilarProducts));
            var results = content.Similar(index, count);
            var picked = catalog[index];
            Write(context, catalog, results, new { query, matched = Describe(picked, 1, []) },
                $"Similar to {picked.Name} ({picked.Id})");
            return 0;
        });
    }

    public static Command Search()
    {
        var text = new Argument<string>("text") { Description = "Free text, e.g. \"wooden train set\"." };
        var k = KOption();
        var command = new Command("search", "Products that best match a free-text query.") { text, k };
        return command.WithAction(context =>
        {
            int count = CheckK(context.Get(k));
            var (catalog, _) = context.Load();
            string query = context.Get(text) ?? "";
            if (string.IsNullOrWhiteSpace(query))
                throw new UsageException("The search text is empty; expected some words, e.g. \"wooden train\".");
            var index = context.Log.Step("Indexing product text", () => ContentIndex.Build(catalog));
            var results = index.Search(query, count);
            Write(context, catalog, results, new { query }, $"Results for \"{query}\"");
            return 0;
        });
    }

    public static Command Evaluate() =>
        new Command("content", "Evaluate the TF-IDF content model against random and popularity baselines.")
            .WithAction(context =>
            {
                EvaluationPrinter.Write(context, Run(context));
                return 0;
            });

    /// <summary>The content evaluation on the loaded catalogue, for <c>evaluate content</c> and <c>run</c>.</summary>
    public static EvaluationResult Run(CliContext context)
    {
        var (catalog, _) = context.Load();

        // The evaluator gives zeroes on a catalogue this small; the command says why instead of printing them.
        if (catalog.Count < 2)
        {
            throw new InsufficientDataException("The content evaluation needs at least 2 products (one in each of " +
                $"its validation and test halves); the catalogue has {catalog.Count}.");
        }

        var options = new ContentEvaluationOptions(Seed: context.Seed);
        return context.Log.Step("Evaluating the content model",
            () => ContentEvaluator.Evaluate(catalog, options, context.Log.Lines()));
    }

    internal static int CheckK(int k) =>
        k is >= 1 and <= 100 ? k : throw new UsageException($"-k is {k}; expected a whole number from 1 to 100.");

    internal static object Describe(Product product, double score, IReadOnlyList<string> terms) => new
    {
        id = product.Id,
        name = product.Name,
        score,
        terms,
        category = product.Category.FullPath,
        manufacturer = product.Manufacturer,
        price = product.Price?.Representative,
        priceText = product.Price?.ToString(),
        priceImputed = product.PriceSource != PriceImputation.None,
        rating = product.Rating,
    };

    private static void Write(CliContext context, ProductCatalog catalog, IReadOnlyList<ScoredProduct> results,
        object query, string title)
    {
        if (context.Json)
        {
            JsonOutput.Write(context.Output, new
            {
                query,
                results = results.Select(r => Describe(catalog[r.Index], r.Score, r.Terms)),
            });
            return;
        }

        var console = Terminal.For(context.Output);
        var table = new Table { Title = new TableTitle(Markup.Escape(title)) }
            .AddColumns("#", "score", "product", "category", "manufacturer", "price", "shared terms");
        int rank = 1;
        foreach (var result in results)
        {
            var p = catalog[result.Index];
            table.AddRow(
                (rank++).ToString(CultureInfo.InvariantCulture),
                result.Score.ToString("0.000", CultureInfo.InvariantCulture),
                Markup.Escape($"{p.Name} ({p.Id})"),
                Markup.Escape(p.Category.FullPath),
                Markup.Escape(p.Manufacturer),
                Markup.Escape(PriceText(p)),
                Markup.Escape(result.Terms.Count > 0
                    ? string.Join(", ", result.Terms)
                    : "(parts of words only: similar spelling)"));
        }

        if (results.Count == 0)
            console.WriteLine("No product shares a term with the query.");
        else
            console.Write(table);
    }

    /// <summary>The price as tables show it: "(est.)" after an imputed one, empty when there is none.</summary>
    internal static string PriceText(Product product) => product.Price switch
    {
        null => "",
        { } price when product.PriceSource != PriceImputation.None => price + " (est.)",
        { } price => price.ToString(),
    };
}
