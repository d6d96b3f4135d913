namespace ToyRec.Benchmarks;

/// <summary>One timed step: the median of its repetitions, and the spread around it, in milliseconds.</summary>
/// <param name="Step">Key shared with the peer's output (for example <c>top5-all</c>).</param>
/// <param name="Description">What was timed, in words.</param>
/// <param name="MedianMs">Median wall-clock time of one repetition.</param>
/// <param name="MinMs">Fastest repetition.</param>
/// <param name="MaxMs">Slowest repetition.</param>
/// <param name="Repetitions">Timed repetitions (warm-up runs not counted).</param>
/// <param name="Unit">What one repetition is: the whole step, or one query for latency steps.</param>
internal sealed record StepTiming(string Step, string Description, double MedianMs, double MinMs, double MaxMs,
    int Repetitions, string Unit = "step");
