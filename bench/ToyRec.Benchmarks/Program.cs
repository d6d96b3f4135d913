using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ToyRec.Benchmarks;

// Times the content model's steps on the real catalogue; run.sh sets them beside scikit-learn's.
// Exit codes: 0 success, 1 a failure while running, 2 a command line that cannot be run as given.
BenchmarkArguments arguments;
try
{
    arguments = BenchmarkArguments.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}

if (!File.Exists(arguments.DataPath))
{
    Console.Error.WriteLine($"error: catalogue file '{arguments.DataPath}' does not exist; pass --data PATH.");
    return 1;
}

var progress = new Progress<string>(line => Console.Error.WriteLine($"[toyrec] {line}"));
var timings = ContentSteps.Run(arguments.DataPath, arguments.Warmups, arguments.Repetitions,
    arguments.MatrixPath, progress).ToList();
if (arguments.Micro)
    timings.Add(RunMicroBenchmark(arguments.DataPath));

Console.WriteLine($"{"step",-26} {"median ms",12} {"mean ms",10} {"min ms",10} {"max ms",10} {"CPU ms",10} {"runs",6}");
foreach (var t in timings)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{t.Step,-26} {t.MedianMs,12:0.000} " +
        $"{t.MeanMs,10:0.000} {t.MinMs,10:0.000} {t.MaxMs,10:0.000} {t.CpuMs,10:0.000} {t.Repetitions,6}"));
}

if (arguments.JsonPath is not null)
{
    var report = new
    {
        tool = "toyrec",
        runtime = RuntimeInformation.FrameworkDescription,
        processorCount = Environment.ProcessorCount,
        warmups = arguments.Warmups,
        repetitions = arguments.Repetitions,
        steps = timings,
    };
    var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };
    File.WriteAllText(arguments.JsonPath, JsonSerializer.Serialize(report, options));
}

return 0;

// BenchmarkDotNet in process (no per-benchmark project build), with a short job: the shared machine has 2 cores.
static StepTiming RunMicroBenchmark(string dataPath)
{
    Environment.SetEnvironmentVariable(SimilarBenchmark.DataVariable, Path.GetFullPath(dataPath));
    var config = ManualConfig.Create(DefaultConfig.Instance)
        .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
        .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "toyrec-bdn"));
    var summary = BenchmarkRunner.Run<SimilarBenchmark>(config);
    var statistics = summary.Reports.Single().ResultStatistics
        ?? throw new InvalidOperationException("BenchmarkDotNet produced no statistics for SimilarBenchmark.");
    const double NanosecondsPerMillisecond = 1e6;
    return new StepTiming("top10-one-default-bdn",
        "BenchmarkDotNet ShortRun of Similar(k = 10), default options, one product after another in a fixed " +
        "stride: median of the iterations, each the mean over many products (no CPU time measured)",
        statistics.Median / NanosecondsPerMillisecond, statistics.Mean / NanosecondsPerMillisecond,
        statistics.Min / NanosecondsPerMillisecond, statistics.Max / NanosecondsPerMillisecond, null,
        statistics.N, "query");
}
