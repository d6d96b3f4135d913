using System.Globalization;

namespace ToyRec.Benchmarks;

/// <summary>The harness's command line.</summary>
/// <param name="DataPath">The catalogue file.</param>
/// <param name="JsonPath">Where to write the timings as JSON, or null for none.</param>
/// <param name="Warmups">Untimed runs of each step before the timed ones.</param>
/// <param name="Repetitions">Timed runs of each step; the median is reported.</param>
/// <param name="Micro">Also run the BenchmarkDotNet micro-benchmark of one product's top-10.</param>
/// <param name="MatrixPath">
/// Where to write ToyRec's default TF-IDF matrix (svmlight, one product per line, in catalogue order) so that the
/// peer can time its all-products top-5 on exactly that matrix; null for none.
/// </param>
internal sealed record BenchmarkArguments(string DataPath, string? JsonPath = null, int Warmups = 1,
    int Repetitions = 5, bool Micro = false, string? MatrixPath = null)
{
    /// <summary>The shared catalogue, relative to the repository root.</summary>
    public const string DefaultDataPath = "../shared/data/amazon_co-ecommerce_sample.csv";

    /// <summary>The usage line.</summary>
    public const string Usage =
        "usage: ToyRec.Benchmarks [--data PATH] [--json PATH] [--warmups N] [--repetitions N] [--micro] " +
        "[--matrix PATH]";

    /// <summary>Parses the arguments.</summary>
    /// <exception cref="ArgumentException">An unknown option, a missing value, or a count that is not a whole
    /// number in range.</exception>
    public static BenchmarkArguments Parse(IReadOnlyList<string> args)
    {
        var result = new BenchmarkArguments(DefaultDataPath);
        for (int i = 0; i < args.Count; i++)
        {
            result = args[i] switch
            {
                "--data" => result with { DataPath = Value(args, ref i) },
                "--json" => result with { JsonPath = Value(args, ref i) },
                "--warmups" => result with { Warmups = Count(args, ref i, minimum: 0) },
                "--repetitions" => result with { Repetitions = Count(args, ref i, minimum: 1) },
                "--micro" => result with { Micro = true },
                "--matrix" => result with { MatrixPath = Value(args, ref i) },
                _ => throw new ArgumentException($"unknown option '{args[i]}'; {Usage}"),
            };
        }

        return result;
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count)
            throw new ArgumentException($"option '{args[i]}' needs a value; {Usage}");
        return args[++i];
    }

    private static int Count(IReadOnlyList<string> args, ref int i, int minimum)
    {
        string option = args[i];
        string text = Value(args, ref i);
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int count) || count < minimum)
            throw new ArgumentException($"option '{option}': '{text}' is not a whole number of at least {minimum}");
        return count;
    }
}
