using System.CommandLine;
using System.CommandLine.Invocation;
using ToyRec.Catalog;
using ToyRec.Cli;

// Exit codes: 0 success, 1 a failure while running, 2 a command line that cannot be run as given.
var root = new RootCommand("ToyRec: recommendations for a toy catalogue, with honest evaluation.");
CommonOptions.AddTo(root);
root.Subcommands.Add(CleanCommand.Create());
root.Subcommands.Add(EvaluateCommand.Create());
root.Subcommands.Add(ServeCommand.Create());

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
        Console.Error.WriteLine($"error: {error.Message}");
    Console.Error.WriteLine("Run 'toyrec --help' for usage.");
    return 2;
}

try
{
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (UsageException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
catch (Exception e) when (e is CatalogFormatException or IOException or InvalidDataException
    or UnauthorizedAccessException or FormatException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}
