using ToyRec.Catalog;

namespace ToyRec.Cli;

/// <summary>A product named on the command line by its id or its name, as <see cref="ProductCatalog.Find"/> takes it.
/// </summary>
internal static class ProductArgument
{
    /// <summary>
    /// The product's position. Nothing matching is a usage error with the catalogue's explanation; a tolerant match
    /// is logged with the product it picked, since the user did not name that product exactly.
    /// </summary>
    /// <param name="catalog">The catalogue.</param>
    /// <param name="text">The id or name as given.</param>
    /// <param name="log">Where a tolerant match is told, or null to keep it quiet.</param>
    /// <param name="option">The option the text came from, to start the messages with, or null for an argument.</param>
    public static int Find(ProductCatalog catalog, string text, ProgressLog? log, string? option = null)
    {
        string prefix = option is null ? "" : option + ": ";
        int index = catalog.Find(text);
        if (index < 0)
            throw new UsageException($"{prefix}{catalog.NotFoundMessage(text)}.");
        if (log is not null && catalog.FindExact(text) < 0)
        {
            log.Info($"{prefix}'{CatalogProblem.Shorten(text)}' matched the product {catalog[index].Id}: " +
                catalog[index].Name);
        }
        return index;
    }
}
