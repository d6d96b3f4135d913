using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using ToyRec.Catalog;
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
            int index = ProductArgument.Find(catalog, query, context.Log);
            // "Run 'toyrec train'" would not help here: with no links there are no labels to learn.
            if (!File.Exists(path) && catalog.Products.All(p => p.AlsoBought.Count == 0))
            {
                throw new InsufficientDataException($"There is no co-purchase model at {path}, and none can be " +
                    "trained for this catalogue: none of its products has an also-bought link.");
            }

            var model = context.Log.Step($"Loading {path}", () => CoPurchaseModel.Load(path));
            if (model.Holdout.OtherCatalogueReason(catalog, path) is { } reason)
                context.Log.Info($"Warning: {reason}; its predictions come from that catalogue's links.");
            var product = catalog[index];
            var (predictions, namingItself, otherCase) = Distinct(product, model.Predict(product, k + Spare), k);
            if (context.Json)
            {
                JsonOutput.Write(context.Output, new
                {
                    product = new { id = product.Id, name = product.Name },
                    blendWeight = model.BlendWeight,
                    leftOut = new { namingTheProduct = namingItself, sameSlugInAnotherCase = otherCase },
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
            var leftOut = new List<string>();
            if (namingItself > 0)
                leftOut.Add($"{Slugs(namingItself)} naming the product itself (another size or edition of it)");
            if (otherCase > 0)
                leftOut.Add($"{Slugs(otherCase)} repeating one above in another case");
            if (leftOut.Count > 0)
                console.WriteLine($"Left out: {string.Join("; ", leftOut)}.");

            return 0;
        });
    }

    // How many more predictions are asked for than shown, to make up for those Distinct leaves out.
    private const int Spare = 50;

    // Amazon lists other sizes and editions of a product among its also-bought links, and the labels keep the case
    // of the slugs ("Inflatable", "INFLATABLE"), so the network's best guesses often repeat the product or each
    // other: a slug whose words start the product's own name, or repeat an earlier slug's words, is left out.
    internal static (List<CoPurchasePrediction> Shown, int NamingItself, int OtherCase) Distinct(
        Catalog.Product product, IReadOnlyList<CoPurchasePrediction> predictions, int k)
    {
        string own = NameKey.Of(product.Name);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var shown = new List<CoPurchasePrediction>();
        int namingItself = 0, otherCase = 0;
        foreach (var prediction in predictions.TakeWhile(_ => shown.Count < k))
        {
            string key = NameKey.Of(prediction.Name);
            if (NameKey.IsLeadingWords(key, own))
                namingItself++;
            else if (!seen.Add(key))
                otherCase++;
            else
                shown.Add(prediction);
        }

        return (shown, namingItself, otherCase);
    }

    private static string Slugs(int count) => count == 1 ? "1 slug" : $"{count} slugs";

    private static string Format(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
