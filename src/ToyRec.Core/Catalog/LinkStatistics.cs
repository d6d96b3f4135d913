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
/// Outside occurrences that name only the linking product: its own ASIN, or a slug that matched only its own name or
/// an exact duplicate's.
/// </param>
/// <param name="OutsideTooVague">
/// Outside occurrences whose slug matched names but too vaguely to tell which: only a manufacturer's name, or a
/// single word that starts several names.
/// </param>
/// <param name="SettledByExactName">Ambiguous ones settled by the one candidate whose whole name the slug is.</param>
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
    int OutsideTooVague = 0,
    int SettledByExactName = 0);
