using System.Diagnostics;
using ToyRec.Evaluation;
using ToyRec.Neural;

namespace ToyRec.Cli;

/// <summary>The co-purchase network's evaluation, for <c>toyrec evaluate neural</c> and <c>toyrec run</c>.</summary>
internal static class NeuralEvaluation
{
    /// <summary>Runs the protocol with the default options and the context's seed.</summary>
    public static EvaluationResult Run(CliContext context) => Run(context, new CoPurchaseOptions(Seed: context.Seed));

    public static EvaluationResult Run(CliContext context, CoPurchaseOptions options)
    {
        var (catalog, _) = context.Load();
        var run = context.Log.Step("Co-purchase network: training and evaluation",
            () => CoPurchaseEvaluation.Run(catalog, options, context.Log.Lines()));
        context.TrainedNetwork = run.Model;
        var details = new Dictionary<string, object?>(run.Result.Details)
        {
            ["peakWorkingSetMiB"] = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0),
        };
        return run.Result with { Details = details };
    }
}
