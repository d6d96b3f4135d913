namespace ToyRec.Cli;

/// <summary>
/// The CLI's view of <see cref="DataFiles"/>: the same search, with a file that cannot be found reported as a
/// usage error (exit code 2).
/// </summary>
internal static class DataLocator
{
    public const string CatalogEnvironmentVariable = DataFiles.CatalogVariable;

    /// <summary>The catalogue path to use; throws <see cref="UsageException"/> when none exists.</summary>
    public static string Catalog(string? option) =>
        Locate(option, DataFiles.CatalogVariable, DataFiles.CatalogDefaults, "catalogue", DataFiles.CatalogHint)!;

    /// <summary>The interaction log path, or null when none was asked for and no default exists.</summary>
    public static string? Interactions(string? option, bool required) =>
        Locate(option, DataFiles.InteractionsVariable, DataFiles.InteractionDefaults, "interaction log",
            required ? "Pass --interactions PATH (the Amazon Toys 5-core sequential.txt or a user_id,item_id CSV)."
                : null);

    private static string? Locate(string? option, string variable, IReadOnlyList<string> defaults, string what,
        string? hint)
    {
        try
        {
            return DataFiles.Locate(option, variable, defaults, what, hint);
        }
        catch (DataFileException e)
        {
            throw new UsageException(e.Message, e);
        }
    }
}
