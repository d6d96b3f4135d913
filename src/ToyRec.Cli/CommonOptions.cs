using System.CommandLine;

namespace ToyRec.Cli;

/// <summary>Options every command takes.</summary>
internal static class CommonOptions
{
    public static readonly Option<string?> Data = new("--data")
    {
        Description = "The catalogue CSV (Kaggle layout). Default: $TOYREC_DATA, else " +
            "data/amazon_co-ecommerce_sample.csv, else ../shared/data/amazon_co-ecommerce_sample.csv.",
        Recursive = true,
    };

    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Print one JSON object on stdout instead of tables (logs go to stderr).",
        Recursive = true,
    };

    public static readonly Option<int> Seed = SeedOption();

    public static readonly Option<bool> Strict = new("--strict")
    {
        Description = "Stop at the first value that does not parse instead of counting it.",
        Recursive = true,
    };

    public static readonly Option<string?> Models = new("--models")
    {
        Description = "Folder of saved models (written by 'toyrec train'). Default: models.",
        Recursive = true,
    };

    private static Option<int> SeedOption()
    {
        var seed = NumberOptions.Int("--seed", "Seed for every random choice (splits, initialisation, shuffling).",
            42, int.MinValue, int.MaxValue);
        seed.Recursive = true;
        return seed;
    }

    public static void AddTo(RootCommand root)
    {
        root.Options.Add(Data);
        root.Options.Add(Json);
        root.Options.Add(Seed);
        root.Options.Add(Strict);
        root.Options.Add(Models);
    }
}
