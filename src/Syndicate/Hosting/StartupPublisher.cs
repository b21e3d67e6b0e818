using Syndicate.Publishing;
using Syndicate.Storage;

namespace Syndicate.Hosting;

/// <summary>
/// Before the scheduler fires and before the first request: bring the schema up to date, then
/// render every feed from the database and rebuild the export folder.
/// </summary>
public sealed class StartupPublisher(Migrator migrator, FeedPublisher publisher) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await migrator.MigrateAsync(cancellationToken);
        await publisher.PublishAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
