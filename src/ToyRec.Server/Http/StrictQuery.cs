using System.Text.Unicode;
using System.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ToyRec.Server.Http;

/// <summary>
/// Checks a query string as strictly as <see cref="JsonBody"/> checks a body: every parameter must be one the
/// endpoint takes, given once (an array parameter once per item), and percent-encoded UTF-8. Without it ASP.NET
/// Core ignores an unknown parameter, joins a repeated one with commas and keeps an invalid escape such as
/// <c>%ZZ</c> as typed, so a misspelt or doubled parameter would silently change nothing or the wrong thing.
/// Names ignore case, as the framework's binding does.
/// </summary>
public static class StrictQuery
{
    /// <summary>The first problem of the query in the order it is written, or null.</summary>
    public static ProblemHttpResult? Check(QueryString query, IReadOnlyList<RequestField> accepted)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string pair in (query.Value ?? "").TrimStart('?').Split('&'))
        {
            if (pair.Length == 0)
                continue;
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            string rawName = equals < 0 ? pair : pair[..equals];
            string rawValue = equals < 0 ? "" : pair[(equals + 1)..];

            // A name that does not decode cannot be one of the endpoint's; it is quoted as typed.
            string name = EncodingProblem(rawName) is null ? HttpUtility.UrlDecode(rawName) : rawName;
            if (name.Length == 0)
            {
                return Problems.BadRequest("query", $"query: '{ShownText.Of(pair)}' has no parameter name; " +
                    $"{Accepted(accepted)}.");
            }

            var field = accepted.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
            string shown = ShownText.Of(name);
            if (field is null)
            {
                return Problems.BadRequest(shown, $"{shown}: not a query parameter of this request; " +
                    $"{Accepted(accepted)}.");
            }

            if (!seen.Add(field.Name) && !field.IsArray)
            {
                return Problems.BadRequest(shown, $"{shown}: given more than once; give each query parameter once " +
                    "(names ignore case).");
            }

            if (EncodingProblem(rawValue) is { } problem)
            {
                return Problems.BadRequest(field.Name, $"{field.Name} must be percent-encoded UTF-8; got " +
                    $"'{ShownText.Of(rawValue)}', {problem}.");
            }
        }

        return null;
    }

    private static string Accepted(IReadOnlyList<RequestField> accepted) => accepted.Count == 0
        ? "it takes no query parameters"
        : $"the query parameters are {string.Join(", ", accepted.Select(f => f.Name))}";

    // ASP.NET Core leaves both kinds of fault undecoded, so "%ZZ" or "%FF" would be read as those characters.
    private static string? EncodingProblem(string raw)
    {
        for (int i = raw.IndexOf('%', StringComparison.Ordinal); i >= 0; i = raw.IndexOf('%', i + 1))
        {
            if (i + 2 >= raw.Length || !char.IsAsciiHexDigit(raw[i + 1]) || !char.IsAsciiHexDigit(raw[i + 2]))
                return "where a '%' is not followed by two hex digits";
        }

        return Utf8.IsValid(HttpUtility.UrlDecodeToBytes(raw)) ? null : "which is not UTF-8 once decoded";
    }
}
