using BenchmarkDotNet.Attributes;
using ToyRec.Catalog;
using ToyRec.Content;

namespace ToyRec.Benchmarks;

/// <summary>
/// BenchmarkDotNet micro-benchmark of one product's top-10 with explanations (goal: under 1 ms). Each call takes
/// the next product in a fixed stride, so the mean is over many different products, not one cached query.
/// </summary>
[MemoryDiagnoser]
public class SimilarBenchmark
{
    /// <summary>Environment variable naming the catalogue file (the harness sets it to its --data path).</summary>
    public const string DataVariable = "TOYREC_DATA";

    private ContentIndex _index = null!;
    private int _next;

    /// <summary>Loads, cleans and indexes the catalogue with the default options.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string path = Environment.GetEnvironmentVariable(DataVariable) ?? BenchmarkArguments.DefaultDataPath;
        var catalog = CatalogCleaner.Clean(new CatalogReader().ReadFile(path)).Catalog;
        _index = ContentIndex.Build(catalog);
    }

    /// <summary>One product's ten most similar products with scores and shared terms.</summary>
    [Benchmark]
    public int SimilarTopTen()
    {
        var result = _index.Similar(_next, ContentSteps.OneProductK);
        _next = (_next + 7919) % _index.Catalog.Count;
        return result.Count;
    }
}
