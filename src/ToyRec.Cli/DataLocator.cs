namespace ToyRec.Cli;

/// <summary>
/// Finds input files: the option when given, else an environment variable, else the first default path that
/// exists relative to the current directory.
/// </summary>
internal static class DataLocator
{
    public const string CatalogEnvironmentVariable = "TOYREC_DATA";
    public const string InteractionsEnvironmentVariable = "TOYREC_INTERACTIONS";

    public static readonly string[] CatalogDefaults =
    [
        "data/amazon_co-ecommerce_sample.csv",
        "../shared/data/amazon_co-ecommerce_sample.csv",
    ];

    public static readonly string[] InteractionDefaults =
    [
        "data/amazon_toys_5core/sequential.txt",
        "../shared/data/amazon_toys_5core/sequential.txt",
    ];

    private const string KaggleHint =
        "Download amazon_co-ecommerce_sample.csv from " +
        "https://www.kaggle.com/datasets/PromptCloudHQ/toy-products-on-amazon and put it at " +
        "data/amazon_co-ecommerce_sample.csv, or pass --data PATH, or set TOYREC_DATA.";

    /// <summary>The catalogue path to use; throws <see cref="UsageException"/> when none exists.</summary>
    public static string Catalog(string? option) =>
        Locate(option, CatalogEnvironmentVariable, CatalogDefaults, "catalogue", KaggleHint)!;

    /// <summary>The interaction log path, or null when none was asked for and no default exists.</summary>
    public static string? Interactions(string? option, bool required) =>
        Locate(option, InteractionsEnvironmentVariable, InteractionDefaults, "interaction log",
            required ? "Pass --interactions PATH (the Amazon Toys 5-core sequential.txt or a user_id,item_id CSV)."
                : null);

    private static string Existing(string path, string subject)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new UsageException("The data option was given an empty path; expected a file.");
        if (Directory.Exists(path))
            throw new UsageException($"{subject} is a folder; expected a file.");
        return File.Exists(path) ? path : throw new UsageException($"{subject} does not exist.");
    }

    private static string? Locate(string? option, string variable, string[] defaults, string what, string? hint)
    {
        if (option is not null)
            return Existing(option, $"The {what} file '{option}' given with the option");

        string? fromEnvironment = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
            return Existing(fromEnvironment, $"${variable} is '{fromEnvironment}', but that file");

        foreach (string path in defaults)
        {
            if (File.Exists(path))
                return path;
        }

        if (hint is null)
            return null;
        string looked = string.Join(" and ", defaults);
        throw new UsageException($"No {what} found: looked for {looked} from {Environment.CurrentDirectory}. {hint}");
    }
}
