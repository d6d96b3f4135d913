using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using ToyRec.Text;

namespace ToyRec.Server.Http;

/// <summary>
/// Reads a JSON body of at most <see cref="Limits.MaxBodyBytes"/>, so that an oversized or malformed body, an
/// unknown or repeated field, or a value of the wrong type gets a ProblemDetails naming the limit, the position or
/// the field and what it takes, instead of the framework's bare 400 or a silently ignored field.
/// </summary>
public static partial class JsonBody
{
    public static async Task<(T? Value, ProblemHttpResult? Problem)> ReadAsync<T>(HttpContext context)
        where T : class, IRequestBody
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!IsJsonUtf8(request.ContentType))
            return (null, Problems.NotJson(request));
        if (request.ContentLength > Limits.MaxBodyBytes)
            return (null, TooLarge(request.ContentLength.Value.ToString(CultureInfo.InvariantCulture)));
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            int read;
            try
            {
                read = await request.Body.ReadAsync(memory, context.RequestAborted);
            }
            catch (BadHttpRequestException e)
            {
                // Kestrel's own framing errors (a bad chunk size): the client's request, not a server fault.
                return (null, Problems.BadRequest("body", $"body: {FirstSentence(e.Message)}"));
            }

            if (read == 0)
                break;
            buffer.Advance(read);
            if (buffer.WrittenCount > Limits.MaxBodyBytes)
                return (null, TooLarge("more"));
        }

        if (buffer.WrittenCount == 0)
            return (null, Problems.BadRequest("body", "body: expected a JSON object; the request had no body."));
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        return Read<T>(buffer.WrittenMemory, options);
    }

    // The routes take application/json (or a +json type) already; a request without a type gets here too, and a
    // charset other than UTF-8 would be read as UTF-8 and fail as bad bytes, which says the wrong thing.
    private static bool IsJsonUtf8(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var type) || type.MediaType.Value is not { } media)
            return false;
        bool json = media.Equals("application/json", StringComparison.OrdinalIgnoreCase) ||
            media.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
        string? charset = HeaderUtilities.RemoveQuotes(type.Charset).Value;
        return json && (charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) ||
            charset.Equals("utf8", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Parses first, so that broken syntax is told apart from the body's shape; then checks the field names
    /// itself, because the serializer matches them ignoring case and keeps the last of a repeated one.
    /// </summary>
    public static (T? Value, ProblemHttpResult? Problem) Read<T>(ReadOnlyMemory<byte> body,
        JsonSerializerOptions options)
        where T : class, IRequestBody
    {
        ArgumentNullException.ThrowIfNull(options);
        // The parser checks UTF-8 only when a string is read, which would then throw past every check here.
        if (Utf8Bytes.FirstInvalid(body.Span) is var bad and >= 0)
        {
            return (null, Problems.BadRequest("body", $"body: not UTF-8 text (byte {bad + 1} does not start a " +
                "UTF-8 character); a JSON body must be UTF-8."));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            string position = $"line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}";
            return (null, Problems.BadRequest("body",
                $"body: not valid JSON ({position}): {FirstSentence(e.Message)}"));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, Problems.BadRequest("body", "body: expected a JSON object with the fields " +
                    $"{FieldNames<T>()}; got {Describe(root)}."));
            }

            if (InvalidText(root) is { } message)
            {
                return (null, Problems.BadRequest("body", $"body: a field name or value is not valid text: " +
                    $"{FirstSentence(message)}"));
            }

            try
            {
                if (CheckNames<T>(root) is { } badName)
                    return (null, badName);
                return (root.Deserialize<T>(options)!, null);
            }
            catch (JsonException e)
            {
                return (null, WrongType<T>(root, e));
            }
        }
    }

    // A "\ud800" escape with no low surrogate parses but cannot be read as a string: every name and string is read
    // once here, so that only this case, and no fault of the server's, is answered as the client's mistake.
    private static string? InvalidText(JsonElement element)
    {
        try
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    _ = element.GetString();
                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        _ = property.Name;
                        if (InvalidText(property.Value) is { } inValue)
                            return inValue;
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        if (InvalidText(item) is { } inItem)
                            return inItem;
                    }

                    break;
            }

            return null;
        }
        catch (InvalidOperationException e)
        {
            return e.Message;
        }
    }

    private static ProblemHttpResult? CheckNames<T>(JsonElement root)
        where T : IRequestBody
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in root.EnumerateObject())
        {
            string name = ShownText.Of(property.Name);
            if (Field<T>(property.Name) is null)
            {
                return Problems.BadRequest(name, $"{name}: not a field of this request; the fields are " +
                    $"{FieldNames<T>()}.");
            }

            if (!seen.Add(property.Name))
            {
                return Problems.BadRequest(name, $"{name}: given more than once; give each field once " +
                    "(names ignore case).");
            }
        }

        return null;
    }

    // After CheckNames the serializer fails only on a value its field's type cannot hold: the path names the
    // field, and an array item's index.
    private static ProblemHttpResult WrongType<T>(JsonElement root, JsonException e)
        where T : IRequestBody
    {
        var match = e.Path is null ? null : FieldPath().Match(e.Path);
        var field = match is { Success: true } ? Field<T>(match.Groups["name"].Value) : null;
        if (match is null || field is null)
            return Problems.BadRequest("body", $"body: {FirstSentence(e.Message)}");
        var value = root.EnumerateObject().First(p => Same(p.Name, field.Name)).Value;
        string at = "";
        if (match.Groups["index"].Success && value.ValueKind == JsonValueKind.Array)
        {
            int index = int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture);
            value = value[index];
            at = $" at {field.Name}[{index}]";
        }

        return Problems.BadRequest(field.Name, $"{field.Name} must be {field.Expects}; got {Describe(value)}{at}.");
    }

    private static RequestField? Field<T>(string name)
        where T : IRequestBody => T.Fields.FirstOrDefault(f => Same(f.Name, name));

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string FieldNames<T>()
        where T : IRequestBody => string.Join(", ", T.Fields.Select(f => f.Name));

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string {ShownText.Of(value.GetRawText())}",
        _ => ShownText.Of(value.GetRawText()),
    };

    private static ProblemHttpResult TooLarge(string size) => Problems.BadRequest("body",
        $"body: must be at most {Limits.MaxBodyBytes} bytes (64 KiB); got {size} bytes.");

    // System.Text.Json appends the path and position after the first sentence; both are given already.
    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    [GeneratedRegex(@"^\$\.(?<name>[A-Za-z]+)(\[(?<index>[0-9]+)\])?$")]
    private static partial Regex FieldPath();
}
