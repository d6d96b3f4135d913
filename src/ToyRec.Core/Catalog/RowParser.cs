using ToyRec.Text;

namespace ToyRec.Catalog;

/// <summary>Parses one well-formed record into a <see cref="Product"/>, reporting each bad value.</summary>
internal readonly ref struct RowParser
{
    private delegate bool TryParse<T>(string text, out T value);

    private readonly CsvRecord _record;
    private readonly string[] _fields;
    private readonly IReadOnlyDictionary<string, int> _columns;
    private readonly string _sourceName;
    private readonly bool _strict;
    private readonly List<CatalogProblem> _problems;
    private readonly Dictionary<string, int> _missing;
    private readonly Dictionary<string, int> _notLinks;

    public RowParser(CsvRecord record, IReadOnlyDictionary<string, int> columns, string sourceName, bool strict,
        List<CatalogProblem> problems, Dictionary<string, int> missing, Dictionary<string, int> notLinks)
    {
        _record = record;
        _fields = [.. record.Fields];
        _columns = columns;
        _sourceName = sourceName;
        _strict = strict;
        _problems = problems;
        _missing = missing;
        _notLinks = notLinks;
    }

    // Returns null when the record lacks an id or a name, which no product can do without.
    public Product? Parse()
    {
        RemoveControlCharacters();
        string id = Text(CatalogColumns.Id);
        string name = ValueParsers.NormaliseSpace(Text(CatalogColumns.Name));
        if (id.Length == 0 || name.Length == 0)
            return null;

        string information = Text(CatalogColumns.ProductInformation);
        var category = ValueParsers.ParseCategory(Text(CatalogColumns.Category));
        if (category.IsEmpty)
            _missing[CatalogColumns.Category]++;
        string manufacturer = ValueParsers.NormaliseSpace(Text(CatalogColumns.Manufacturer));
        if (manufacturer.Length == 0)
            _missing[CatalogColumns.Manufacturer]++;
        return new Product
        {
            Id = id,
            Name = name,
            Manufacturer = manufacturer,
            Price = Price(),
            Stock = Value<StockLevel>(CatalogColumns.Stock, ValueParsers.TryParseStock, ValueParsers.StockShape),
            ReviewCount = Value<int>(CatalogColumns.ReviewCount, ValueParsers.TryParseCount, ValueParsers.CountShape),
            AnsweredQuestionCount = Value<int>(CatalogColumns.AnsweredQuestions, ValueParsers.TryParseCount,
                ValueParsers.CountShape),
            Rating = Value<double>(CatalogColumns.Rating, ValueParsers.TryParseRating, ValueParsers.RatingShape),
            Category = category,
            AlsoBought = Links(CatalogColumns.AlsoBought),
            BoughtAfterViewing = Links(CatalogColumns.BoughtAfterViewing),
            Description = FreeText(CatalogColumns.Description),
            ProductInformation = FreeText(CatalogColumns.ProductInformation),
            ProductDescription = FreeText(CatalogColumns.ProductDescription),
            Questions = List<QuestionAnswer>(CatalogColumns.Questions, ValueParsers.TryParseQuestions,
                ValueParsers.QuestionShape),
            Reviews = List<Review>(CatalogColumns.Reviews, ValueParsers.TryParseReviews, ValueParsers.ReviewShape),
            Sellers = List<Seller>(CatalogColumns.Sellers, ValueParsers.TryParseSellers, ValueParsers.SellerShape),
            Asin = ValueParsers.FindAsin(information),
            MinimumAgeMonths = ValueParsers.FindMinimumAgeMonths(information),
            SourceLine = _record.Line,
        };
    }

    private string Text(string column) =>
        _columns.TryGetValue(column, out int index) ? _fields[index].Trim() : "";

    // A control character other than a tab or a line break (NUL, ESC, BEL and the like), or a bidirectional
    // override or isolate, is never meant in a catalogue field: it comes from a binary or mis-encoded export, breaks
    // JSON readers, and printed raw it drives a terminal (recolours it, rings it) or reverses the text around it. So
    // it is removed, once per field, and the field reported. (The Latin-1 controls U+0080-U+009F are left: in the
    // Kaggle file they stand for Windows-1252 quotes and signs.)
    private void RemoveControlCharacters()
    {
        foreach (var (column, index) in _columns)
        {
            string field = _fields[index];
            if (!field.Any(IsRemoved) || !CatalogColumns.All.Contains(column, StringComparer.OrdinalIgnoreCase))
                continue;
            string shown = ControlCharacters.Escape(field, IsRemoved);
            // Strict mode stops here, so nothing is removed and the message must not say so.
            Report(column, shown, _strict ? "free of control characters" : ControlCharactersExpected);
            _fields[index] = string.Concat(field.Where(c => !IsRemoved(c)));
        }
    }

    private static bool IsRemoved(char c) =>
        c is < ' ' and not ('\t' or '\n' or '\r') or '\u007F' or (>= '\u202A' and <= '\u202E')
            or (>= '\u2066' and <= '\u2069');

    // What a field with control characters is reported as not being.
    private const string ControlCharactersExpected =
        "free of control characters (they were removed, the rest kept)";

    private string FreeText(string column)
    {
        string text = ValueParsers.StripBoilerplate(ValueParsers.NormaliseSpace(Text(column)));
        if (text.Length == 0)
            _missing[column]++;
        return text;
    }

    // The links that parse are kept; each part that does not is reported on its own.
    private List<ProductLink> Links(string column)
    {
        string text = Text(column);
        var rejected = new List<(string Part, string Expected)>();
        var links = ValueParsers.ParseLinks(text, rejected);
        foreach (var (part, expected) in rejected)
            Report(column, part, expected);
        if (rejected.Count > 0)
            _notLinks[column] = _notLinks.GetValueOrDefault(column) + rejected.Count;
        if (links.Count == 0)
            _missing[column]++;
        return links;
    }

    // A price that parses but is beyond any toy's (a pasted-in number, a spreadsheet overflow) is read as missing,
    // so that it is imputed like the other missing prices instead of skewing medians and price filters.
    private PriceRange? Price()
    {
        var price = Value<PriceRange>(CatalogColumns.Price, ValueParsers.TryParsePrice, ValueParsers.PriceShape);
        if (price is not { } parsed || parsed.High <= PriceRange.PlausibleMaximum)
            return price;
        Fail(CatalogColumns.Price, Text(CatalogColumns.Price), PriceRange.PlausibleShape);
        return null;
    }

    private T? Value<T>(string column, TryParse<T> parse, string expected)
        where T : struct
    {
        string text = Text(column);
        if (text == "£")
        {
            // The source writes a bare pound sign for an unknown amount: missing, not malformed.
            _missing[column]++;
            return null;
        }

        if (text.Length > 0 && parse(text, out T value))
            return value;
        Fail(column, text, expected);
        return null;
    }

    private IReadOnlyList<T> List<T>(string column, TryParse<IReadOnlyList<T>> parse, string expected)
    {
        string text = Text(column);
        if (text.Length > 0 && parse(text, out var values))
        {
            if (typeof(T) == typeof(Review) && values.Count > 0 && values[^1] is Review { IsTruncated: true })
                Report(column, text, "a complete last review (the source cut the field inside it)");
            if (values.Any(v => v is Review { IsTruncated: false, Date: null }))
            {
                Report(column, text,
                    "reviews dated like '27 Dec. 2014' (a review whose date does not read is kept without it)");
            }

            return values;
        }

        Fail(column, text, expected);
        return [];
    }

    private void Fail(string column, string text, string expected)
    {
        _missing[column]++;
        if (text.Length > 0)
            Report(column, text, expected);
    }

    private void Report(string column, string text, string expected)
    {
        var problem = new CatalogProblem(_sourceName, _record.Line, column, CatalogProblem.Shorten(text), expected);
        if (_strict)
            throw new CatalogFormatException(problem);
        _problems.Add(problem);
    }
}
