using System.CommandLine;

namespace ToyRec.Cli;

/// <summary>Runs a command's body with a <see cref="CliContext"/> and maps failures to exit codes.</summary>
internal static class CommandExtensions
{
    public static Command WithAction(this Command command, Func<CliContext, int> body)
    {
        command.SetAction(parse =>
        {
            var invocation = parse.InvocationConfiguration;
            var context = new CliContext(parse, invocation.Output, invocation.Error);
            return body(context);
        });
        return command;
    }
}
