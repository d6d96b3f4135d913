using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace ToyRec.Server.Http;

/// <summary>
/// Reads a JSON body of at most <see cref="Limits.MaxBodyBytes"/>, so that an oversized or malformed body gets a
/// ProblemDetails naming the limit or the JSON path instead of the framework's bare 400.
/// </summary>
public static class JsonBody
{
    public static async Task<(T? Value, ProblemHttpResult? Problem)> ReadAsync<T>(HttpContext context)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (request.ContentLength > Limits.MaxBodyBytes)
            return (null, TooLarge(request.ContentLength.Value.ToString(CultureInfo.InvariantCulture)));
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            int read = await request.Body.ReadAsync(memory, context.RequestAborted);
            if (read == 0)
                break;
            buffer.Advance(read);
            if (buffer.WrittenCount > Limits.MaxBodyBytes)
                return (null, TooLarge("more"));
        }

        if (buffer.WrittenCount == 0)
            return (null, Problems.BadRequest("body", "body: expected a JSON object; the request had no body."));
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.WrittenSpan, options);
            return value is null
                ? (null, Problems.BadRequest("body", "body: expected a JSON object; got null."))
                : (value, null);
        }
        catch (JsonException e)
        {
            return (null, Malformed(e));
        }
    }

    // A value of the wrong type names its field; broken syntax is a fault of the whole body.
    private static ProblemHttpResult Malformed(JsonException e)
    {
        string position = $"line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}";
        bool wrongType = e.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal);
        if (wrongType && e.Path is { Length: > 1 } path)
        {
            string field = path.TrimStart('$', '.');
            return Problems.BadRequest(field, $"{field}: wrong type of JSON value ({position}); the request schema " +
                "is in /openapi/v1.json.");
        }

        string detail = wrongType ? "expected a JSON object" : FirstSentence(e.Message);
        return Problems.BadRequest("body", $"body: not valid JSON for this request ({position}): {detail}");
    }

    private static ProblemHttpResult TooLarge(string size) => Problems.BadRequest("body",
        $"body: must be at most {Limits.MaxBodyBytes} bytes (64 KiB); got {size} bytes.");

    // System.Text.Json appends the path and position after the first sentence; both are given already.
    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
