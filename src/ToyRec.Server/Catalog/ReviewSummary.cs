using ToyRec.Catalog;

namespace ToyRec.Server.Catalog;

/// <summary>A review as the product view shows it.</summary>
public sealed record ReviewSummary(string Title, double Rating, DateOnly? Date, string Text, bool IsTruncated)
{
    public static ReviewSummary Of(Review review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return new ReviewSummary(review.Title, review.Rating, review.Date, review.Text, review.IsTruncated);
    }
}
