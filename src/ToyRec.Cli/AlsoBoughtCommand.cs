using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using ToyRec.Neural;

namespace ToyRec.Cli;

/// <summary><c>toyrec also-bought PRODUCT [-k 10]</c>: predicted co-purchases of a product, with scores.</summary>
internal static class AlsoBoughtCommand
{
    private static readonly Argument<string> Product = new("product")
    {
        Description = "A product id, or (part of) its name.",
    };

    private static readonly Option<int> Count = NumberOptions.Int("-k", "How many predictions to show (1 to 100).",
        10, 1, 100);

    public static Command Create()
    {
        var command = new Command("also-bought",
            "Predict what buyers of a product also bought, from the model saved by 'toyrec train'.");
        command.Arguments.Add(Product);
        command.Options.Add(Count);
        return command.WithAction(context =>
        {
            int k = context.Get(Count);
            string query = context.Get(Product) ?? "";
            string path = NeuralTraining.ModelPath(context);
            var (catalog, _) = context.Load();
            int index = catalog.Find(query);
            if (index < 0)
                throw new UsageException(catalog.NotFoundMessage(query) + ".");
            var model = context.Log.Step($"Loading {path}",
                () => CoPurchaseModel.Load(path));
            if (model.Holdout.OtherCatalogueReason(catalog, path) is { } reason)
                context.Log.Info($"Warning: {reason}; its predictions come from that catalogue's links.");
            var product = catalog[index];
            var predictions = model.Predict(product, k);
            if (context.Json)
            {
                JsonOutput.Write(context.Output, new
                {
                    product = new { id = product.Id, name = product.Name },
                    blendWeight = model.BlendWeight,
                    predictions = predictions.Select(p => new
                    {
                        slug = p.Name,
                        score = p.Score,
                        network = p.Network,
                        neighbours = p.Neighbours,
                    }),
                });
                return 0;
            }

            var console = Terminal.For(context.Output);
            console.WriteLine($"Customers who bought \"{product.Name}\" also bought (predicted):");
            var table = new Table().AddColumns("#", "slug", "score", "network", "neighbours");
            int rank = 1;
            foreach (var p in predictions)
            {
                table.AddRow((rank++).ToString(CultureInfo.InvariantCulture), Markup.Escape(p.Name),
                    Format(p.Score), Format(p.Network), Format(p.Neighbours));
            }

            console.Write(table);
            return 0;
        });
    }

    private static string Format(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
