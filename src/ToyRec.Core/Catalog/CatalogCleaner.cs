namespace ToyRec.Catalog;

/// <summary>
/// Cleans a <see cref="RawCatalog"/> the way the study ToyRec starts from did, and says what it did: drops
/// mostly-missing columns, drops rows without a category, imputes missing prices from medians, and resolves
/// links. The result is a <see cref="ProductCatalog"/> and a <see cref="CleaningReport"/>.
/// </summary>
public static class CatalogCleaner
{
    /// <summary>Level names used in <see cref="CleaningReport.PricesImputed"/>.</summary>
    public static string LevelName(PriceImputation level) => level switch
    {
        PriceImputation.CategoryPath => "category-path",
        PriceImputation.TopLevel => "top-level",
        PriceImputation.Global => "global",
        _ => "none",
    };

    /// <summary>Cleans a raw catalogue.</summary>
    public static (ProductCatalog Catalog, CleaningReport Report) Clean(RawCatalog raw, CleaningOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (raw.AbsentColumns.Contains(CatalogColumns.Category))
        {
            throw new CatalogFormatException($"{raw.SourceName}, line 1: the header lacks the column " +
                $"{CatalogColumns.Category}; expected it, since cleaning keeps only products with a category.");
        }

        options ??= new CleaningOptions();
        int parsed = raw.Products.Count;
        var missingRates = raw.MissingCounts.ToDictionary(p => p.Key,
            p => parsed == 0 ? 0.0 : (double)p.Value / parsed);
        var droppedFields = CatalogColumns.All
            .Where(c => !options.KeptWhenMissing.Contains(c) && missingRates[c] >= options.DropFieldThreshold)
            .ToList();

        var dropped = new Dictionary<string, int>(raw.RecordsDropped);
        var kept = new List<Product>(parsed);
        var droppedIds = new Dictionary<string, string>(StringComparer.Ordinal);
        int firstWithoutCategory = 0;
        var droppedRecords = new List<DroppedRecord>();
        foreach (var problem in raw.RecordProblems.Where(p => p.DropReason is not null))
        {
            droppedRecords.Add(new DroppedRecord(problem.Line, problem.DropReason!));
            if (problem.DroppedId is { } id)
                droppedIds.TryAdd(id, problem.DropReason!);
        }

        foreach (var product in raw.Products)
        {
            if (product.Category.IsEmpty)
            {
                droppedRecords.Add(new DroppedRecord(product.SourceLine, CleaningReport.NoCategory));
                dropped[CleaningReport.NoCategory] = dropped.GetValueOrDefault(CleaningReport.NoCategory) + 1;
                droppedIds[product.Id] = CleaningReport.NoCategory;
                if (firstWithoutCategory == 0)
                    firstWithoutCategory = product.SourceLine;
            }
            else
                kept.Add(WithoutFields(product, droppedFields));
        }

        var imputed = ImputePrices(kept);
        var resolver = new LinkResolver(kept);
        var (alsoBought, alsoStats) = ResolveLinks(kept, resolver, p => p.AlsoBought);
        var (viewed, viewedStats) = ResolveLinks(kept, resolver, p => p.BoughtAfterViewing);
        var catalog = new ProductCatalog(kept, alsoBought, viewed) { DroppedIds = droppedIds };
        var report = new CleaningReport
        {
            Source = raw.SourceName,
            RowsRead = raw.RecordsRead,
            RowsKept = kept.Count,
            RowsDropped = dropped,
            DroppedFields = droppedFields,
            DropThreshold = options.DropFieldThreshold,
            KeptMostlyMissingFields = [.. CatalogColumns.All.Where(c => options.KeptWhenMissing.Contains(c) &&
                missingRates[c] >= options.DropFieldThreshold && !raw.AbsentColumns.Contains(c))],
            MissingRates = missingRates,
            PricesImputed = imputed,
            Links = alsoStats,
            ViewedLinks = viewedStats,
            ValueProblems = raw.Problems.GroupBy(p => p.Column ?? "file").ToDictionary(g => g.Key, g => g.Count()),
            NotLinks = raw.NotLinks,
            ProblemExamples = ProblemExamples(raw, firstWithoutCategory, dropped.GetValueOrDefault(
                CleaningReport.NoCategory)),
            ProductsWithDescriptionText = kept.Count(p =>
                p.Description.Length + p.ProductDescription.Length + p.ProductInformation.Length > 0),
            DuplicateGroups = catalog.DuplicateGroupCount,
            BlankLines = raw.BlankLines,
            AbsentColumns = raw.AbsentColumns,
            UnknownColumns = raw.UnknownColumns,
            DroppedRecords = [.. droppedRecords.OrderBy(d => d.Line)],
        };
        return (catalog, report);
    }

    // Problems of the whole file (its encoding) come first, whatever their line. Then the first record dropped for
    // each reason, so that a malformed record is never crowded out by the many notes of a big file; then the first
    // value of each column read as missing, while there is room; then the rest in file order. Listed by line. Rows
    // without a category are an expected cleaning step, not a fault of the file: only the first is listed.
    private static List<string> ProblemExamples(RawCatalog raw, int firstWithoutCategory, int withoutCategory)
    {
        var fileLevel = raw.Problems.Where(p => p.Column is null).ToList();
        var noCategory = firstWithoutCategory == 0 ? [] : new[]
        {
            new CatalogProblem(raw.SourceName, firstWithoutCategory, null,
                $"the record has no {CatalogColumns.Category}",
                $"a category path (such rows are dropped, {withoutCategory} in all)")
            {
                DropReason = CleaningReport.NoCategory,
            },
        };
        var inFileOrder = raw.RecordProblems.Concat(noCategory).Concat(raw.Problems.Where(p => p.Column is not null))
            .OrderBy(p => p.Line).ToList();
        var firstOfEachKind = inFileOrder.GroupBy(p => (p.DropReason, p.Column)).Select(g => g.First()).ToList();
        var chosen = new HashSet<CatalogProblem>(firstOfEachKind.Where(p => p.DropReason is not null),
            ReferenceEqualityComparer.Instance);
        int limit = Math.Max(CleaningReport.MaxProblemExamples - fileLevel.Count, chosen.Count);
        foreach (var problem in firstOfEachKind.Where(p => p.DropReason is null).Concat(inFileOrder))
        {
            if (chosen.Count >= limit)
                break;
            chosen.Add(problem);
        }

        return [.. fileLevel.Concat(inFileOrder.Where(chosen.Contains)).Select(p => p.Message)];
    }

    private static Product WithoutFields(Product product, IReadOnlyList<string> fields)
    {
        foreach (string field in fields)
        {
            product = field switch
            {
                CatalogColumns.Manufacturer => product with { Manufacturer = "" },
                CatalogColumns.Price => product with { Price = null },
                CatalogColumns.Stock => product with { Stock = null },
                CatalogColumns.ReviewCount => product with { ReviewCount = null },
                CatalogColumns.AnsweredQuestions => product with { AnsweredQuestionCount = null },
                CatalogColumns.Rating => product with { Rating = null },
                CatalogColumns.AlsoBought => product with { AlsoBought = [] },
                CatalogColumns.BoughtAfterViewing => product with { BoughtAfterViewing = [] },
                CatalogColumns.ProductInformation => product with { ProductInformation = "" },
                CatalogColumns.Questions => product with { Questions = [] },
                CatalogColumns.Reviews => product with { Reviews = [] },
                CatalogColumns.Sellers => product with { Sellers = [] },
                _ => product,
            };
        }

        return product;
    }

    // Fills missing prices in place with the median of the category path, else the top level, else all.
    private static Dictionary<string, int> ImputePrices(List<Product> products)
    {
        var counts = new Dictionary<string, int>
        {
            [LevelName(PriceImputation.CategoryPath)] = 0,
            [LevelName(PriceImputation.TopLevel)] = 0,
            [LevelName(PriceImputation.Global)] = 0,
        };
        var priced = products.Where(p => p.Price is not null).ToList();
        if (priced.Count == 0)
            return counts;
        var byPath = Medians(priced, p => p.Category.FullPath);
        var byTop = Medians(priced, p => p.Category.TopLevel);
        decimal global = Median(priced.Select(p => p.Price!.Value.Representative).ToList());
        for (int i = 0; i < products.Count; i++)
        {
            var product = products[i];
            if (product.Price is not null)
                continue;
            var (price, level) = byPath.TryGetValue(product.Category.FullPath, out decimal path)
                ? (path, PriceImputation.CategoryPath)
                : byTop.TryGetValue(product.Category.TopLevel, out decimal top)
                    ? (top, PriceImputation.TopLevel)
                    : (global, PriceImputation.Global);
            products[i] = product with { Price = PriceRange.Single(price), PriceSource = level };
            counts[LevelName(level)]++;
        }

        return counts;
    }

    private static Dictionary<string, decimal> Medians(List<Product> priced, Func<Product, string> key) =>
        priced.GroupBy(key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Median(g.Select(p => p.Price!.Value.Representative).ToList()));

    /// <summary>The median; the mean of the two middle values for an even count.</summary>
    internal static decimal Median(List<decimal> values)
    {
        values.Sort();
        int mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    private static (int[][] Resolved, LinkStatistics Stats) ResolveLinks(List<Product> products,
        LinkResolver resolver, Func<Product, IReadOnlyList<ProductLink>> links)
    {
        var resolved = new int[products.Count][];
        var settled = new Dictionary<LinkSettlement, int>();
        int total = 0, ambiguous = 0;
        for (int i = 0; i < products.Count; i++)
        {
            var targets = new List<int>();
            foreach (var link in links(products[i]))
            {
                total++;
                var (target, candidates, by) = resolver.Resolve(i, link);
                settled[by] = settled.GetValueOrDefault(by) + 1;
                if (target < 0)
                    continue;
                if (candidates > 1)
                    ambiguous++;
                if (!targets.Contains(target))
                    targets.Add(target);
            }

            resolved[i] = [.. targets];
        }

        int onlyItself = settled.GetValueOrDefault(LinkSettlement.OnlyItself);
        int tooVague = settled.GetValueOrDefault(LinkSettlement.TooVague);
        int outside = settled.GetValueOrDefault(LinkSettlement.Outside) + onlyItself + tooVague;
        var stats = new LinkStatistics(total, total - outside, outside, ambiguous,
            settled.GetValueOrDefault(LinkSettlement.Asin), settled.GetValueOrDefault(LinkSettlement.Manufacturer),
            settled.GetValueOrDefault(LinkSettlement.Category), settled.GetValueOrDefault(LinkSettlement.Reviews),
            onlyItself, tooVague, settled.GetValueOrDefault(LinkSettlement.ExactName));
        return (resolved, stats);
    }
}
