namespace ToyRec.Server;

/// <summary>
/// Finds the catalogue by the CLI's rules: the <c>data</c> setting, else <c>$TOYREC_DATA</c>, else the first of
/// the default paths that exists relative to the current directory.
/// </summary>
internal static class CatalogFile
{
    public const string EnvironmentVariable = "TOYREC_DATA";

    private static readonly string[] Defaults =
    [
        "data/amazon_co-ecommerce_sample.csv",
        "../shared/data/amazon_co-ecommerce_sample.csv",
    ];

    public static string Locate(string? setting)
    {
        string? chosen = setting ?? Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(chosen))
        {
            return File.Exists(chosen)
                ? chosen
                : throw new FileNotFoundException($"The catalogue '{chosen}' (from --data or ${EnvironmentVariable}) " +
                    "does not exist.", chosen);
        }

        return Defaults.FirstOrDefault(File.Exists) ?? throw new FileNotFoundException(
            $"No catalogue found: looked for {string.Join(" and ", Defaults)} from {Environment.CurrentDirectory}. " +
            $"Pass --data PATH or set ${EnvironmentVariable}.");
    }
}
