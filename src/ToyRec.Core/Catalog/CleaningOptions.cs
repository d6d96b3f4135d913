namespace ToyRec.Catalog;

/// <summary>Options for <see cref="CatalogCleaner"/>.</summary>
/// <param name="DropFieldThreshold">A column missing in at least this fraction of records is dropped.</param>
public sealed record CleaningOptions(double DropFieldThreshold = 0.9)
{
    /// <summary>Columns never dropped: their missing values become empty text instead.</summary>
    public IReadOnlySet<string> KeptWhenMissing { get; init; } = new HashSet<string>
    {
        CatalogColumns.Id, CatalogColumns.Name, CatalogColumns.Category,
        CatalogColumns.Description, CatalogColumns.ProductDescription,
    };
}
