namespace ToyRec.Catalog;

/// <summary>How the link occurrences of one link column resolved against the catalogue.</summary>
/// <param name="Total">
/// Link occurrences of kept products; equals <paramref name="Resolved"/> + <paramref name="Outside"/>.
/// </param>
/// <param name="Resolved">Occurrences that point to a product in the catalogue.</param>
/// <param name="Outside">Occurrences that match no product in the catalogue.</param>
/// <param name="Ambiguous">Resolved occurrences that had several candidates.</param>
/// <param name="ByAsin">Resolved occurrences matched by ASIN.</param>
/// <param name="SettledByManufacturer">Ambiguous ones settled by the linking product's manufacturer.</param>
/// <param name="SettledByCategory">Ambiguous ones settled by the linking product's category.</param>
/// <param name="SettledByReviews">Ambiguous ones settled by the most reviews.</param>
/// <param name="OutsideMatchingOnlyItself">
/// Outside occurrences whose slug matched only the linking product's own name.
/// </param>
/// <param name="OutsideTooVague">
/// Outside occurrences whose slug matched names but too vaguely to tell which: only a manufacturer's name, or a
/// single word that starts several names.
/// </param>
public sealed record LinkStatistics(
    int Total,
    int Resolved,
    int Outside,
    int Ambiguous,
    int ByAsin,
    int SettledByManufacturer,
    int SettledByCategory,
    int SettledByReviews,
    int OutsideMatchingOnlyItself = 0,
    int OutsideTooVague = 0);
