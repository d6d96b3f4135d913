namespace ToyRec.Server;

/// <summary>Finds the catalogue by the same rules as the CLI (<see cref="DataFiles"/>).</summary>
internal static class CatalogFile
{
    /// <exception cref="DataFileException">The catalogue asked for does not exist, or none was found.</exception>
    public static string Locate(string? setting) =>
        DataFiles.Locate(setting, DataFiles.CatalogVariable, DataFiles.CatalogDefaults, "catalogue",
            DataFiles.CatalogHint)!;
}
