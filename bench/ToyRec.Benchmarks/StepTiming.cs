namespace ToyRec.Benchmarks;

/// <summary>
/// One timed step in milliseconds: wall-clock median and spread, and the process's CPU time, which a shared,
/// busy machine inflates far less than wall-clock time (it sums every thread, so a parallel step shows its total
/// work there and its speed-up only in the wall-clock figures).
/// </summary>
/// <param name="Step">Key shared with the peer's output (for example <c>top5-all</c>).</param>
/// <param name="Description">What was timed, in words.</param>
/// <param name="MedianMs">Median wall-clock time of one repetition.</param>
/// <param name="MeanMs">Mean wall-clock time of one repetition.</param>
/// <param name="MinMs">Fastest repetition.</param>
/// <param name="MaxMs">Slowest repetition.</param>
/// <param name="CpuMs">Median CPU time of one repetition; for per-query steps the mean (CPU clocks are too coarse
/// for one query); null where not measured.</param>
/// <param name="Repetitions">Timed repetitions (warm-up runs not counted).</param>
/// <param name="Unit">What one repetition is: the whole <c>step</c>, or one <c>query</c> for latency steps.</param>
internal sealed record StepTiming(string Step, string Description, double MedianMs, double MeanMs, double MinMs,
    double MaxMs, double? CpuMs, int Repetitions, string Unit = "step");
