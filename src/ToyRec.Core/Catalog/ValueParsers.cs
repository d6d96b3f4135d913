using System.Globalization;
using System.Text.RegularExpressions;

namespace ToyRec.Catalog;

/// <summary>
/// Parsers for the raw strings of the Kaggle toy catalogue. Each returns false with the shape it expected, so
/// the caller can name file, line, column and value in one message.
/// </summary>
public static partial class ValueParsers
{
    /// <summary>What a price should look like, for error messages.</summary>
    public const string PriceShape = "a price like '£3.42' or '£3.42 - £10.99'";

    /// <summary>What a stock level should look like.</summary>
    public const string StockShape = "a stock level like '5 new', '1 used', '2 collectible' or '1 refurbished'";

    /// <summary>What a count should look like.</summary>
    public const string CountShape = "a whole number like '15' or '1,040'";

    /// <summary>What a rating should look like.</summary>
    public const string RatingShape = "a rating like '4.9 out of 5 stars'";

    /// <summary>What a link list should look like.</summary>
    public const string LinkShape =
        "an amazon.co.uk link like 'http://www.amazon.co.uk/Some-Toy-Name' or '.../Some-Toy-Name/dp/B00S9SUUBE'";

    /// <summary>What reviews should look like.</summary>
    public const string ReviewShape = "reviews like 'title // 5.0 // 27 Dec. 2014 // By name on 27 Dec. 2014 // text'";

    /// <summary>What questions should look like.</summary>
    public const string QuestionShape = "questions like 'question // answer' separated by ' | '";

    /// <summary>What sellers should look like.</summary>
    public const string SellerShape =
        "sellers like '{\"seller\"=>[{\"Seller_name_1\"=>\"...\", \"Seller_price_1\"=>\"£...\"}]}'";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly string[] BoilerplateHeadings = ["Product Description", "Technical Details"];

    /// <summary>Parses <c>£3.42</c>, <c>£1,299.00</c> or a range <c>£6.99 - £10.49</c>.</summary>
    public static bool TryParsePrice(string text, out PriceRange price)
    {
        price = default;
        int dash = text.IndexOf(" - ", StringComparison.Ordinal);
        if (dash < 0)
        {
            if (!TryParsePounds(text, out decimal single))
                return false;
            price = PriceRange.Single(single);
            return true;
        }

        if (!TryParsePounds(text[..dash], out decimal low) || !TryParsePounds(text[(dash + 3)..], out decimal high))
            return false;
        if (high < low)
            return false;
        price = new PriceRange(low, high);
        return true;
    }

    /// <summary>
    /// Parses one amount in pounds, with or without the <c>£</c> sign; thousands separators only in groups of
    /// three (<c>1,299.00</c>; not <c>12,34</c>).
    /// </summary>
    public static bool TryParsePounds(string text, out decimal value)
    {
        var span = text.AsSpan().Trim();
        if (span.StartsWith("£"))
            span = span[1..].TrimStart();
        value = 0;
        if (!AmountPattern().IsMatch(span))
            return false;
        const NumberStyles amount = NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint;
        return decimal.TryParse(span, amount, Invariant, out value)
            && value >= 0;
    }

    /// <summary>Parses <c>5 new</c> (the space may be a no-break space) into a count and condition.</summary>
    public static bool TryParseStock(string text, out StockLevel stock)
    {
        stock = default;
        var parts = text.Replace('\u00A0', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !TryParseCount(parts[0], out int count))
            return false;
        StockCondition? condition = parts[1].ToLowerInvariant() switch
        {
            "new" => StockCondition.New,
            "used" => StockCondition.Used,
            "collectible" or "collectable" => StockCondition.Collectible,
            "refurbished" => StockCondition.Refurbished,
            _ => null,
        };
        if (condition is null)
            return false;
        stock = new StockLevel(count, condition.Value);
        return true;
    }

    /// <summary>
    /// Parses a non-negative count, with thousands separators only in groups of three (<c>1,040</c>; not
    /// <c>1,0400</c>), and the float form <c>1.0</c> some copies of the file have.
    /// </summary>
    public static bool TryParseCount(string text, out int count)
    {
        count = 0;
        var span = text.AsSpan().Trim();
        if (span.EndsWith(".0"))
            span = span[..^2];
        if (!CountPattern().IsMatch(span))
            return false;
        return int.TryParse(span, NumberStyles.AllowThousands, Invariant, out count);
    }

    /// <summary>Parses <c>4.9 out of 5 stars</c> into 4.9.</summary>
    public static bool TryParseRating(string text, out double rating)
    {
        rating = 0;
        const string suffix = " out of 5 stars";
        var span = text.AsSpan().Trim();
        if (!span.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            return false;
        return double.TryParse(span[..^suffix.Length], NumberStyles.AllowDecimalPoint, Invariant, out rating)
            && rating is >= 0 and <= 5;
    }

    /// <summary>
    /// Splits a category path on <c> &gt; </c> (the Kaggle file's separator, always with spaces), or on a bare
    /// <c>&gt;</c> when the text has no spaced one, trimming levels and dropping empty ones; so a level such as
    /// <c>&lt;b&gt;Sale&lt;/b&gt;</c> in a spaced path stays whole.
    /// </summary>
    public static CategoryPath ParseCategory(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A dangling separator at either end ("Games > Dice >") would otherwise stay glued to its level.
        text = text.Trim();
        if (text.EndsWith(" >", StringComparison.Ordinal))
            text = text[..^2];
        if (text.StartsWith("> ", StringComparison.Ordinal))
            text = text[2..];
        var separator = text.Contains(" > ", StringComparison.Ordinal) ? " > " : ">";
        var levels = text.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return levels.Length == 0 ? CategoryPath.Empty : new CategoryPath(levels);
    }

    /// <summary>
    /// Parses a <c> | </c>-separated list of amazon.co.uk URLs, each with or without a <c>/dp/ASIN</c> tail. The
    /// links that parse are returned; <paramref name="rejected"/> receives the parts that do not.
    /// </summary>
    public static List<ProductLink> ParseLinks(string text, List<(string Part, string Expected)> rejected)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(rejected);
        var links = new List<ProductLink>();
        foreach (var part in text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (LinkProblem(part, out var link) is { } expected)
                rejected.Add((part, expected));
            else
                links.Add(link);
        }

        return links;
    }

    /// <summary>Parses a link list, failing if any part does not parse.</summary>
    public static bool TryParseLinks(string text, out IReadOnlyList<ProductLink> links)
    {
        var rejected = new List<(string, string)>();
        links = ParseLinks(text, rejected);
        return rejected.Count == 0;
    }

    /// <summary>
    /// Parses one product URL into its decoded slug and optional ASIN: <c>http://www.amazon.co.uk/Slug</c>,
    /// <c>.../Slug/dp/B00S9SUUBE</c>, or <c>.../dp/B00S9SUUBE</c> with no slug. Fails on other hosts, a path with
    /// white space or none, a <c>/dp/</c> tail without a valid ASIN, or broken percent-encoding.
    /// </summary>
    /// <returns>Null when it parses, else what the URL should have been (for the problem message).</returns>
    public static string? LinkProblem(string url, out ProductLink link)
    {
        link = null!;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https")
            || !uri.Host.Contains("amazon.", StringComparison.OrdinalIgnoreCase))
            return LinkShape;
        // The raw path, not Uri.AbsolutePath: Uri re-escapes a broken "%ZZ" into a valid "%25ZZ".
        int pathStart = url.IndexOf('/', url.IndexOf("://", StringComparison.Ordinal) + 3);
        string path = pathStart < 0 ? "" : url[pathStart..].Split('?', '#')[0];
        if (path.Any(char.IsWhiteSpace))
            return "an Amazon link without white space in its path";
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
            return "an Amazon link to a product (it has no path)";
        int dp = Array.IndexOf(segments, "dp");
        string? asin = null;
        if (dp >= 0)
        {
            if (dp + 1 >= segments.Length || !AsinPattern().IsMatch(segments[dp + 1]))
                return "an Amazon link whose /dp/ part is a 10-character ASIN like B00S9SUUBE";
            asin = segments[dp + 1];
        }

        if (dp == 0)
        {
            link = new ProductLink("", asin);
            return null;
        }

        if (!TryDecodeSlug(segments[0], out string slug))
            return "an Amazon link whose name part is percent-encoded UTF-8 (a '%' and two hex digits)";
        link = new ProductLink(slug, asin);
        return null;
    }

    // Percent-decodes a slug, failing on a '%' not followed by two hex digits or on bytes that are not UTF-8.
    private static bool TryDecodeSlug(string segment, out string slug)
    {
        slug = "";
        var bytes = new List<byte>(segment.Length);
        for (int i = 0; i < segment.Length; i++)
        {
            char c = segment[i];
            if (c != '%')
            {
                // A run of plain text at once, so that a surrogate pair (an emoji) is encoded as one character.
                int end = segment.IndexOf('%', i);
                if (end < 0)
                    end = segment.Length;
                bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(segment[i..end]));
                i = end - 1;
                continue;
            }

            if (i + 2 >= segment.Length || !byte.TryParse(segment.AsSpan(i + 1, 2), NumberStyles.HexNumber, Invariant,
                    out byte value))
                return false;
            bytes.Add(value);
            i += 2;
        }

        try
        {
            slug = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString([.. bytes]);
            return true;
        }
        catch (System.Text.DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>Finds the product's own ASIN in <c>product_information</c> (<c>ASIN B008PKAAZ2</c>).</summary>
    public static string? FindAsin(string productInformation)
    {
        var match = AsinInTextPattern().Match(productInformation);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>
    /// Finds "Manufacturer recommended age: 3 years and up" (or months) and returns the age in months.
    /// </summary>
    public static int? FindMinimumAgeMonths(string productInformation)
    {
        var match = AgePattern().Match(productInformation);
        if (!match.Success || !int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, Invariant, out int amount))
            return null;
        return match.Groups[2].Value.StartsWith("month", StringComparison.OrdinalIgnoreCase) ? amount : amount * 12;
    }

    /// <summary>
    /// Parses reviews separated by <c> | </c> with fields <c>title // rating // date // By name on date // text</c>.
    /// A last review cut short by the source is kept as far as it parses and marked truncated.
    /// </summary>
    public static bool TryParseReviews(string text, out IReadOnlyList<Review> reviews)
    {
        var result = new List<Review>();
        reviews = result;
        foreach (string chunk in SplitEntries(text, ReviewStartPattern()))
        {
            var fields = chunk.Split(" // ");
            if (fields.Length < 2 || !double.TryParse(fields[1].Trim(), NumberStyles.AllowDecimalPoint, Invariant,
                    out double rating) || rating is < 0 or > 5)
                return false;
            bool complete = fields.Length >= 5;
            // A date that does not read is null: the review is kept, and the row parser reports a complete one.
            DateOnly? date = fields.Length > 2 ? ParseReviewDate(fields[2]) : null;
            string body = complete ? NormaliseSpace(string.Join(" // ", fields[4..])) : "";
            result.Add(new Review(NormaliseSpace(fields[0]), rating, date, body, !complete));
        }

        return result.Count > 0;
    }

    /// <summary>
    /// Parses a review date such as <c>27 Dec. 2014</c>, <c>5 Sept. 2014</c> or <c>1 July 2013</c>: a day, an English
    /// month name or its abbreviation (with or without a full stop), and a four-digit year.
    /// </summary>
    public static DateOnly? ParseReviewDate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = ReviewDatePattern().Match(text.Trim());
        if (!match.Success)
            return null;
        string month = match.Groups["month"].Value;
        int monthNumber = Array.FindIndex(Invariant.DateTimeFormat.MonthNames, name => IsSpellingOf(month, name)) + 1;
        int day = int.Parse(match.Groups["day"].ValueSpan, NumberStyles.None, Invariant);
        int year = int.Parse(match.Groups["year"].ValueSpan, NumberStyles.None, Invariant);
        if (monthNumber == 0 || year == 0 || day == 0 || day > DateTime.DaysInMonth(year, monthNumber))
            return null;
        return new DateOnly(year, monthNumber, day);
    }

    // The full name, its first three letters, or "Sept".
    private static bool IsSpellingOf(string month, string fullName) =>
        fullName.Length > 0 && (month.Equals(fullName, StringComparison.OrdinalIgnoreCase)
            || month.Equals(fullName[..3], StringComparison.OrdinalIgnoreCase)
            || (fullName == "September" && month.Equals("Sept", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Parses <c>question // answer</c> pairs separated by <c> | </c>.</summary>
    public static bool TryParseQuestions(string text, out IReadOnlyList<QuestionAnswer> questions)
    {
        var result = new List<QuestionAnswer>();
        questions = result;
        foreach (string chunk in text.Split(" | "))
        {
            int separator = chunk.IndexOf(" // ", StringComparison.Ordinal);
            if (separator < 0)
                return false;
            string answer = chunk[(separator + 4)..];
            int seeMore = answer.IndexOf("see more", StringComparison.Ordinal);
            if (seeMore >= 0)
                answer = answer[..seeMore].TrimEnd('…', ' ', '\n');
            result.Add(new QuestionAnswer(NormaliseSpace(chunk[..separator]), NormaliseSpace(answer)));
        }

        return result.Count > 0;
    }

    /// <summary>
    /// Parses <c>{"seller"=&gt;[{"Seller_name_1"=&gt;"...", "Seller_price_1"=&gt;"£..."}, ...]}</c>, or the
    /// single-seller form without brackets. A bare <c>£</c> price reads as unknown.
    /// </summary>
    public static bool TryParseSellers(string text, out IReadOnlyList<Seller> sellers)
    {
        var result = new List<Seller>();
        sellers = result;
        var trimmed = text.Trim();
        if (!trimmed.StartsWith("{\"seller\"=>", StringComparison.Ordinal) || !trimmed.EndsWith('}'))
            return false;
        foreach (Match match in SellerPattern().Matches(trimmed))
        {
            string rawPrice = match.Groups["price"].Value;
            decimal? price = null;
            if (TryParsePounds(rawPrice, out decimal value))
                price = value;
            else if (rawPrice.Trim() is not ("£" or ""))
                return false;
            result.Add(new Seller(match.Groups["name"].Value, price));
        }

        return result.Count > 0;
    }

    /// <summary>
    /// Removes the page headings the scraper kept at the start of text fields ("Product Description",
    /// "Technical Details"): every product has them, so they say nothing about any one.
    /// </summary>
    public static string StripBoilerplate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (string heading in BoilerplateHeadings)
        {
            if (text.StartsWith(heading, StringComparison.Ordinal))
                return text[heading.Length..].TrimStart();
        }

        return text;
    }

    /// <summary>Collapses runs of white space (including line breaks) to one space.</summary>
    public static string NormaliseSpace(string text) => WhiteSpacePattern().Replace(text, " ").Trim();

    // Splits on " | " only where the next piece looks like the start of a new entry, so that a '|' inside a
    // review's text does not cut it in two.
    private static List<string> SplitEntries(string text, Regex entryStart)
    {
        var entries = new List<string>();
        foreach (string piece in text.Split(" | "))
        {
            if (entries.Count > 0 && !entryStart.IsMatch(piece))
                entries[^1] += " | " + piece;
            else
                entries.Add(piece);
        }

        return entries;
    }

    [GeneratedRegex(@"^(?<day>\d{1,2}) (?<month>[A-Za-z]{3,9})\.? (?<year>\d{4})$")]
    private static partial Regex ReviewDatePattern();

    [GeneratedRegex(@"^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^\.\d+$")]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"^(\d{1,3}(,\d{3})+|\d+)$")]
    private static partial Regex CountPattern();

    [GeneratedRegex("^[A-Z0-9]{10}$")]
    private static partial Regex AsinPattern();

    [GeneratedRegex(@"\bASIN\s*([A-Z0-9]{10})\b")]
    private static partial Regex AsinInTextPattern();

    [GeneratedRegex(@"recommended age:\s*(\d+)\s*(years?|months?)", RegexOptions.IgnoreCase)]
    private static partial Regex AgePattern();

    [GeneratedRegex(@"^[^\n]*? // \d(\.\d)?( //|$)")]
    private static partial Regex ReviewStartPattern();

    [GeneratedRegex("\"Seller_name_\\d+\"=>\"(?<name>.*?)\"(?:, \"Seller_price_\\d+\"=>\"(?<price>[^\"]*)\")?\\}")]
    private static partial Regex SellerPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpacePattern();
}
