using ToyRec.Cli;

namespace ToyRec.Cli.Tests;

/// <summary>Runs the command line in-process and captures what it wrote.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Writes a small catalogue file and returns its path.</summary>
    public static string WriteCatalog(string directory, string csv)
    {
        string path = Path.Combine(directory, "catalogue.csv");
        File.WriteAllText(path, csv);
        return path;
    }
}
