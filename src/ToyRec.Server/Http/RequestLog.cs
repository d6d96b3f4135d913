using System.Diagnostics;

namespace ToyRec.Server.Http;

/// <summary>
/// One log line per request with method, path, status and duration, at Information under this type's category
/// (<c>ToyRec.Server.Http.RequestLog</c>), so a load test turns it down with
/// <c>--Logging:LogLevel:ToyRec.Server.Http.RequestLog=Warning</c> and pays nothing for it.
/// </summary>
public sealed partial class RequestLog(RequestDelegate next, ILogger<RequestLog> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!logger.IsEnabled(LogLevel.Information))
        {
            await next(context);
            return;
        }

        long start = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            // The path as it travels, percent-encoded: decoded, a %1B in it would put an ESC byte in the log.
            Served(logger, context.Request.Method, context.Request.Path.ToUriComponent(), context.Response.StatusCode,
                Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} -> {StatusCode} in {ElapsedMs:0.000} ms")]
    private static partial void Served(ILogger logger, string method, string path, int statusCode, double elapsedMs);
}
