namespace ToyRec.Server;

/// <summary>
/// Where the server finds its inputs and keeps its state. Read from configuration keys of the same names as the
/// CLI's options (<c>--data</c>, <c>--models</c>, <c>--db</c>, <c>--evaluation</c>), so the server's own command
/// line, <c>toyrec serve</c> and test hosts set them alike.
/// </summary>
/// <param name="CatalogPath">The catalogue CSV.</param>
/// <param name="ModelsFolder">The folder of saved models (written by <c>toyrec train</c>).</param>
/// <param name="DatabasePath">The SQLite file of shopper events.</param>
/// <param name="EvaluationFolder">Where <c>toyrec run</c> writes <c>evaluation-*.json</c>.</param>
public sealed record ServerSettings(string CatalogPath, string ModelsFolder, string DatabasePath,
    string EvaluationFolder)
{
    public const string DataKey = "data";
    public const string ModelsKey = "models";
    public const string DatabaseKey = "db";
    public const string EvaluationKey = "evaluation";
    public const string DefaultModelsFolder = "models";
    public const string DefaultEvaluationFolder = "out";
    public const string DefaultDatabaseName = "toyrec-events.db";
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>
    /// The settings from configuration. The database defaults to <see cref="DefaultDatabaseName"/> beside the
    /// models folder, so models and shopper history live together without the events inside the models folder.
    /// </summary>
    public static ServerSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string models = NonEmpty(configuration[ModelsKey]) ?? DefaultModelsFolder;
        string? parent = Path.GetDirectoryName(Path.GetFullPath(models));
        string database = NonEmpty(configuration[DatabaseKey])
            ?? Path.Combine(parent ?? Environment.CurrentDirectory, DefaultDatabaseName);
        return new ServerSettings(CatalogFile.Locate(NonEmpty(configuration[DataKey])), models, database,
            NonEmpty(configuration[EvaluationKey]) ?? DefaultEvaluationFolder);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
