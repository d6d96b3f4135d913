using System.CommandLine;
using System.CommandLine.Invocation;
using ToyRec.Catalog;
using ToyRec.Text;

namespace ToyRec.Cli;

/// <summary>
/// The <c>toyrec</c> command line: builds the command tree and runs it against given writers, so tests can run
/// it in-process. Exit codes: 0 success, 1 a failure while running, 2 a command line that cannot be run as given.
/// </summary>
public static class CliApp
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code for a failure while running (bad data, unreadable file).</summary>
    public const int Failure = 1;

    /// <summary>Exit code for a command line that cannot be run as given.</summary>
    public const int Usage = 2;

    /// <summary>Parses and runs a command line.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("ToyRec: recommendations for a toy catalogue, with honest evaluation.");
        CommonOptions.AddTo(root);
        foreach (var command in Commands())
            root.Subcommands.Add(command);

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // An unknown word where a command goes would also be told that a command is required; one line says both.
            var parent = parse.CommandResult.Command;
            if (parent.Subcommands.Count > 0 && parent.Action is null && parse.UnmatchedTokens.Count > 0)
            {
                string name = parent == root ? "toyrec" : $"toyrec {parent.Name}";
                error.WriteLine($"error: '{CatalogProblem.Shorten(parse.UnmatchedTokens[0])}' is not a command of " +
                    $"{name}; the commands are {string.Join(", ", parent.Subcommands.Select(c => c.Name))}.");
            }
            else
            {
                // Messages here and below can quote what the user typed or a file held: printed escaped.
                foreach (var problem in parse.Errors)
                    error.WriteLine($"error: {ControlCharacters.Escape(problem.Message)}");
            }

            error.WriteLine("Run 'toyrec --help' for usage.");
            return Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                EnableDefaultExceptionHandler = false,
                Output = output,
                Error = error,
            });
        }
        catch (UsageException e)
        {
            error.WriteLine($"error: {ControlCharacters.Escape(e.Message)}");
            return Usage;
        }
        catch (Exception e) when (e is CatalogFormatException or DataFileException or IOException
            or InvalidDataException or UnauthorizedAccessException or FormatException or InsufficientDataException)
        {
            error.WriteLine($"error: {ControlCharacters.Escape(e.Message)}");
            return Failure;
        }
    }

    // Every top-level command, in the order help lists them. A model that lands adds its commands here.
    private static IEnumerable<Command> Commands() =>
    [
        RunCommand.Create(),
        CleanCommand.Create(),
        ContentCommands.Similar(),
        ContentCommands.Search(),
        CategoryCommand.Create(),
        EvaluateCommand.Create(),
        TrainCommand.Create(),
        RecommendCommand.Create(),
        AlsoBoughtCommand.Create(),
        ServeCommand.Create(),
    ];
}
