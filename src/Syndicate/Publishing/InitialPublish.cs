namespace Syndicate.Publishing;

/// <summary>
/// Before the scheduler fires and before the first request (after the schema migration): publishes the feeds the
/// newest stored items settle and rebuilds the export folder (<see cref="FeedPublisher.PublishNewestAsync"/>); when
/// more items are stored, reads them and publishes every feed in the background while the server answers, until it
/// stops.
/// </summary>
public sealed partial class InitialPublish(FeedPublisher publisher, IHostApplicationLifetime lifetime, ILogger<InitialPublish> logger) : IHostedService
{
    private Task _everyItem = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!await publisher.PublishNewestAsync(cancellationToken))
        {
            _everyItem = Task.Run(CompleteAsync, CancellationToken.None);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => _everyItem.WaitAsync(cancellationToken);

    private async Task CompleteAsync()
    {
        var stopping = lifetime.ApplicationStopping;
        try
        {
            await publisher.CompleteAsync(stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            LogEveryItemFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Publishing every stored item after the start failed; the next publish reads every item again")]
    private static partial void LogEveryItemFailed(ILogger logger, Exception exception);
}
