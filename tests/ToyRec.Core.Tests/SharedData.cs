namespace ToyRec.Core.Tests;

/// <summary>
/// Paths to the real data beside the checkout (<c>../shared/data</c>), found by walking up from the test binary to
/// the folder that holds <c>ToyRec.slnx</c>. Tests never copy the data into the repository.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    public static string RepositoryRoot => Root.Value;

    public static string Catalog => Path.GetFullPath(Path.Combine(Root.Value, "..", "shared", "data",
        "amazon_co-ecommerce_sample.csv"));

    public static string Interactions => Path.GetFullPath(Path.Combine(Root.Value, "..", "shared", "data",
        "amazon_toys_5core", "sequential.txt"));

    public static string DataMaps => Path.GetFullPath(Path.Combine(Root.Value, "..", "shared", "data",
        "amazon_toys_5core", "datamaps.json"));

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ToyRec.slnx")))
            directory = directory.Parent;
        return directory?.FullName
            ?? throw new DirectoryNotFoundException($"No ToyRec.slnx above {AppContext.BaseDirectory}.");
    }
}
