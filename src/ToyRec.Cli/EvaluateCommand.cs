using System.CommandLine;

namespace ToyRec.Cli;

/// <summary><c>toyrec evaluate MODEL</c>: one subcommand per model.</summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var evaluate = new Command("evaluate", "Evaluate a model against its baselines.");
        evaluate.Subcommands.Add(ContentCommands.Evaluate());
        evaluate.Subcommands.Add(CategoryEvaluation.Create());
        evaluate.Subcommands.Add(PersonalEvaluation.Create());
        evaluate.Subcommands.Add(EvaluateNeuralCommand.Create());
        return evaluate;
    }
}
