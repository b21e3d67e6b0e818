namespace Syndicate.Storage;

/// <summary>Brings the database up to date before anything else starts: the first hosted service.</summary>
public sealed class SchemaMigration(Migrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
