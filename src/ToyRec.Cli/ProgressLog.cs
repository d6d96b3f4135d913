using System.Diagnostics;

namespace ToyRec.Cli;

/// <summary>
/// Progress on stderr: a live "…" line with elapsed seconds on a terminal, plain "step: done in 1.2 s" lines
/// otherwise, so that stdout stays clean for --json and pipes.
/// </summary>
internal sealed class ProgressLog
{
    private readonly TextWriter _writer;
    private readonly bool _interactive;

    public ProgressLog(TextWriter writer)
    {
        _writer = writer;
        _interactive = ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected;
    }

    public void Info(string message) => _writer.WriteLine(message);

    public T Step<T>(string name, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        using var ticker = _interactive ? new Timer(_ => Tick(name, clock), null, 1000, 500) : null;
        if (!_interactive)
            _writer.WriteLine($"{name}…");
        var result = work();
        if (_interactive)
            _writer.Write("\r\u001b[2K");
        _writer.WriteLine($"{name}: done in {clock.Elapsed.TotalSeconds:0.0} s");
        return result;
    }

    public void Step(string name, Action work) => Step<bool>(name, () =>
    {
        work();
        return true;
    });

    /// <summary>An <see cref="IProgress{T}"/> that writes each report as a line.</summary>
    public IProgress<string> Lines() => new LineProgress(_writer);

    private void Tick(string name, Stopwatch clock)
    {
        lock (_writer)
            _writer.Write($"\r\u001b[2K{name}… {clock.Elapsed.TotalSeconds:0} s");
    }

    // Reports synchronously, unlike Progress<T>, so lines keep their order relative to other output.
    private sealed class LineProgress(TextWriter writer) : IProgress<string>
    {
        public void Report(string value) => writer.WriteLine(value);
    }
}
