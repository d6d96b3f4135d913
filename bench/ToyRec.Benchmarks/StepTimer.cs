using System.Diagnostics;

namespace ToyRec.Benchmarks;

/// <summary>
/// The plain Stopwatch harness for steps that take tens of milliseconds or more: warm-up runs first (JIT, tiered
/// compilation, caches), then timed repetitions, reported as the median so one noisy run on a shared machine
/// does not move the figure.
/// </summary>
internal static class StepTimer
{
    /// <summary>Times <paramref name="step"/> after <paramref name="warmups"/> untimed runs.</summary>
    public static StepTiming Measure(string key, string description, int warmups, int repetitions, Action step)
    {
        for (int i = 0; i < warmups; i++)
            step();
        var times = new double[repetitions];
        var cpu = new double[repetitions];
        for (int i = 0; i < repetitions; i++)
        {
            var cpuStart = CpuTime();
            long start = Stopwatch.GetTimestamp();
            step();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            cpu[i] = (CpuTime() - cpuStart).TotalMilliseconds;
        }

        return new StepTiming(key, description, Median(times), times.Average(), times.Min(), times.Max(), Median(cpu),
            repetitions);
    }

    /// <summary>
    /// Latency of one query: <paramref name="query"/> is timed once per item of <paramref name="queries"/> after one
    /// untimed warm-up pass over them all.
    /// </summary>
    public static StepTiming MeasureEach(string key, string description, IReadOnlyList<int> queries,
        Action<int> query)
    {
        foreach (int q in queries)
            query(q);
        var times = new double[queries.Count];
        var cpuStart = CpuTime();
        for (int i = 0; i < queries.Count; i++)
        {
            long start = Stopwatch.GetTimestamp();
            query(queries[i]);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        double cpuPerQuery = (CpuTime() - cpuStart).TotalMilliseconds / queries.Count;
        return new StepTiming(key, description, Median(times), times.Average(), times.Min(), times.Max(), cpuPerQuery,
            queries.Count, "query");
    }

    /// <summary>The median of a sample (the mean of the middle two for an even count).</summary>
    public static double Median(IReadOnlyList<double> values)
    {
        ArgumentOutOfRangeException.ThrowIfZero(values.Count);
        var sorted = values.Order().ToArray();
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
