namespace Syndicate.Storage;

/// <summary>
/// Brings the database up to date before anything else starts (the first hosted service): the migrations, then, when
/// any was applied, the search text of any item stored before the search index existed (the index came with a
/// migration, and every capture since stores an item's search text with it; counting the index costs seconds at a
/// million items, so a start that migrated nothing does not).
/// </summary>
public sealed class SchemaMigration(Migrator migrator, ItemSearch search) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await migrator.MigrateAsync(cancellationToken) > 0)
        {
            await search.IndexMissingAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
