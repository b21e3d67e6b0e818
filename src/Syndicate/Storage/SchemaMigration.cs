namespace Syndicate.Storage;

/// <summary>
/// Brings the database up to date before anything else starts (the first hosted service): the migrations, then the
/// search text of any item stored before the search index existed.
/// </summary>
public sealed class SchemaMigration(Migrator migrator, ItemSearch search) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await migrator.MigrateAsync(cancellationToken);
        await search.IndexMissingAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
