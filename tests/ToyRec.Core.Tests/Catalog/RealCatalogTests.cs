using ToyRec.Catalog;

namespace ToyRec.Core.Tests.Catalog;

/// <summary>Checks against the real shared catalogue (10,000 products in the Kaggle layout).</summary>
public sealed class RealCatalogTests
{
    [Fact]
    public void Clean_SharedFile_Reads10000AndKeeps9310WithACategory()
    {
        var raw = new CatalogReader().ReadFile(SharedData.Catalog);
        var (catalog, report) = CatalogCleaner.Clean(raw);

        Assert.Equal(10_000, report.RowsRead);
        Assert.Equal(9_310, report.RowsKept);
        Assert.Equal(9_310, catalog.Count);
        Assert.Equal(690, report.RowsDropped[CleaningReport.NoCategory]);
        Assert.Equal([CatalogColumns.Questions], report.DroppedFields);
        Assert.Equal([CatalogColumns.Description], report.KeptMostlyMissingFields);
        Tolerance.Equal(0.0007, report.MissingRates[CatalogColumns.Manufacturer]);
        Assert.Equal(report.Links.Total, report.Links.Resolved + report.Links.Outside);
        Assert.Equal(24, report.DuplicateGroups);
    }

    [Fact]
    public void ReadFile_SharedFileStrict_StopsAtTheFirstProblemNamingIt()
    {
        var reader = new CatalogReader(strict: true);
        var error = Assert.Throws<CatalogFormatException>(() => reader.ReadFile(SharedData.Catalog));

        Assert.NotNull(error.Problem);
        Assert.Equal(91, error.Problem.Line);
        Assert.Equal(CatalogColumns.Reviews, error.Problem.Column);
        Assert.StartsWith($"{SharedData.Catalog}, line 91, column customer_reviews: 'All the fun of the fair // 5.0",
            error.Message);
    }

    [Fact]
    public void ReadFile_SharedFile_Has105CutLastReviewsAnd4UnparsedReviews()
    {
        var raw = new CatalogReader().ReadFile(SharedData.Catalog);

        // The README's --strict note counts these: the source cut 105 review fields inside their last review.
        var cut = raw.Problems.Where(p => p.Expected.StartsWith("a complete last review", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(105, cut.Count);
        Assert.Equal(91, cut[0].Line);
        Assert.Equal(109, raw.Problems.Count);
        Assert.All(raw.Problems, p => Assert.Equal(CatalogColumns.Reviews, p.Column));
    }
}
