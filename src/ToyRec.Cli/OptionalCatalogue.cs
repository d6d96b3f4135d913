using ToyRec.Catalog;

namespace ToyRec.Cli;

/// <summary>The catalogue for commands that use it when it is there and carry on without it otherwise.</summary>
internal static class OptionalCatalogue
{
    /// <summary>The loaded catalogue, or null (with a log line saying what is left out) when none is found.</summary>
    public static ProductCatalog? Load(CliContext context, string whatIsLeftOut)
    {
        try
        {
            return context.Load().Catalog;
        }
        catch (UsageException e)
        {
            context.Log.Info($"{whatIsLeftOut} left out: {e.Message}");
            return null;
        }
    }
}
