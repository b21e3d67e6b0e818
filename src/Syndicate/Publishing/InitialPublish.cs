namespace Syndicate.Publishing;

/// <summary>
/// Before the scheduler fires and before the first request (after the schema migration): render every
/// feed from the database and rebuild the export folder.
/// </summary>
public sealed class InitialPublish(FeedPublisher publisher) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => publisher.PublishAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
