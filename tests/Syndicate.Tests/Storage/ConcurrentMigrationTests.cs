using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Syndicate.Storage;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Storage;

/// <summary>Nodes that start together on one PostgreSQL database migrate it once: the advisory lock makes them take turns.</summary>
public sealed class ConcurrentMigrationTests
{
    [Fact]
    public async Task Six_nodes_migrating_one_new_postgres_database_at_once_apply_every_script_exactly_once()
    {
        await using var test = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        var nodes = Enumerable.Range(0, 6).Select(_ => test.Open()).ToList();

        await Task.WhenAll(nodes.Select(node => new Migrator(node, TimeProvider.System, NullLogger<Migrator>.Instance).MigrateAsync(CancellationToken.None)));

        await using var connection = await nodes[0].OpenAsync(CancellationToken.None);
        var applied = (await connection.QueryAsync<long>("SELECT version FROM schema_migrations ORDER BY version")).ToList();
        Assert.Equal(Migrator.Scripts(StorageProvider.Postgres).Select(s => s.Version), applied);
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM pg_tables WHERE tablename = 'qrtz_triggers'"));
        nodes.ForEach(node => node.Dispose());
    }
}
