using System.CommandLine;
using ToyRec.Catalog;
using ToyRec.Neural;

namespace ToyRec.Cli;

/// <summary>
/// What a command needs from the parsed line: the common options, where to write, and the catalogue loaded and
/// cleaned once.
/// </summary>
internal sealed class CliContext
{
    private readonly ParseResult _parse;
    private (ProductCatalog Catalog, CleaningReport Report)? _loaded;

    public CliContext(ParseResult parse, TextWriter output, TextWriter log)
    {
        _parse = parse;
        Output = output;
        Log = new ProgressLog(log);
    }

    public TextWriter Output { get; }

    public ProgressLog Log { get; }

    public bool Json => _parse.GetValue(CommonOptions.Json);

    public int Seed => _parse.GetValue(CommonOptions.Seed);

    public bool Strict => _parse.GetValue(CommonOptions.Strict);

    public string ModelsFolder => _parse.GetValue(CommonOptions.Models) ?? "models";

    public string CatalogPath => DataLocator.Catalog(_parse.GetValue(CommonOptions.Data));

    /// <summary>
    /// The co-purchase model trained earlier in this command (<c>toyrec run</c> trains it in the neural step), which
    /// later steps use instead of loading the saved one; null when none was trained here.
    /// </summary>
    public CoPurchaseModel? TrainedNetwork { get; set; }

    public T? Get<T>(Option<T> option) => _parse.GetValue(option);

    public T? Get<T>(Argument<T> argument) => _parse.GetValue(argument);

    /// <summary>Loads and cleans the catalogue (once per command).</summary>
    public (ProductCatalog Catalog, CleaningReport Report) Load()
    {
        if (_loaded is { } loaded)
            return loaded;
        string path = CatalogPath;
        var raw = Log.Step($"Reading {path}", () => new CatalogReader(Strict).ReadFile(path));
        _loaded = Log.Step("Cleaning", () => CatalogCleaner.Clean(raw));
        return _loaded.Value;
    }
}
