using System.Diagnostics;

namespace ToyRec.Server.Recommendations;

/// <summary>
/// Fills the recommender's caches on one background thread after start-up, so that the first request for each
/// product does not pay for computing its neighbours. Requests are answered meanwhile (filling lazily).
/// </summary>
public sealed partial class WarmUpService(IRecommendationService recommender, ILogger<WarmUpService> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (recommender is not IWarmUp warm)
            return Task.CompletedTask;
        return Task.Factory.StartNew(() =>
        {
            var clock = Stopwatch.StartNew();
            warm.WarmUp(stoppingToken);
            if (!stoppingToken.IsCancellationRequested)
                WarmedUp(logger, recommender.Name, clock.Elapsed.TotalSeconds);
        }, stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recommender {Model}: caches filled in {Seconds:0.0} s")]
    private static partial void WarmedUp(ILogger logger, string model, double seconds);
}
