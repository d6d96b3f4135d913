using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace ToyRec.Server.Tests;

public sealed class RequestLogTests
{
    private const string Category = "ToyRec.Server.Http.RequestLog";

    [Fact]
    public async Task Request_DefaultLevel_LogsMethodPathStatusAndDuration()
    {
        var logs = new CapturedLogs();
        // The test factory quiets logs to Warning; this puts back the server's own default.
        using var factory = new ToyRecFactory().WithWebHostBuilder(b => b
            .UseSetting("Logging:LogLevel:Default", "Information")
            .ConfigureLogging(l => l.AddProvider(logs)));

        await factory.CreateClient().GetAsync("/api/products/zzz");

        var line = Assert.Single(logs.Lines, l => l.Category == Category);
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Matches(@"^GET /api/products/zzz -> 404 in \d+\.\d{3} ms$", line.Message);
    }

    [Fact]
    public async Task Request_PathWithAnEscapeCharacter_LoggedPercentEncoded()
    {
        var logs = new CapturedLogs();
        using var factory = new ToyRecFactory().WithWebHostBuilder(b => b
            .UseSetting("Logging:LogLevel:Default", "Information")
            .ConfigureLogging(l => l.AddProvider(logs)));

        await factory.CreateClient().GetAsync("/api/products/%1B%5B31mx");

        var line = Assert.Single(logs.Lines, l => l.Category == Category);
        Assert.StartsWith("GET /api/products/%1B%5B31mx -> 404", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_CategoryTurnedDownToWarning_LogsNothing()
    {
        var logs = new CapturedLogs();
        using var factory = new ToyRecFactory().WithWebHostBuilder(b => b
            .UseSetting("Logging:LogLevel:Default", "Information")
            .UseSetting($"Logging:LogLevel:{Category}", "Warning")
            .ConfigureLogging(l => l.AddProvider(logs)));

        await factory.CreateClient().GetAsync("/health");

        Assert.DoesNotContain(logs.Lines, l => l.Category == Category);
    }
}
