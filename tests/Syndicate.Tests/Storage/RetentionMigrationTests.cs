using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Syndicate.Storage;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Storage;

/// <summary>
/// A database written before the search index and sighting extension existed: migrating it stores each run of repeated
/// sightings once and, at the next start, makes its items searchable.
/// </summary>
public sealed class RetentionMigrationTests : IAsyncLifetime
{
    private readonly TemporaryDirectory _directory = new();
    private SqliteDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = new SqliteDatabase(Path.Combine(_directory.Path, "data", "old.db"));
        await _database.PrepareAsync(CancellationToken.None);
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync("CREATE TABLE schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        foreach (var (version, name, sql) in Migrator.Scripts(StorageProvider.Sqlite).Where(s => s.Version <= 3))
        {
            await connection.ExecuteAsync(sql);
            await connection.ExecuteAsync("INSERT INTO schema_migrations VALUES (@version, @name, '2026-01-01')", new { version, name });
        }

        await connection.ExecuteAsync("""
            INSERT INTO items (id, title, dateline, body, source_id, window_lo, window_hi, first_seen, last_seen, updated)
            VALUES ('oslo', 'Vier organisaties', 'OSLO', 'Vier organisaties hebben het hof in Oslo om uitleg gevraagd.', 'a', 100, 200, 300, 900, 300);
            INSERT INTO item_agencies (item_id, position, agency) VALUES ('oslo', 0, 'ANP');
            INSERT INTO sightings (item_id, source_id, captured_at, age_text, window_lo, window_hi) VALUES
                ('oslo', 'a', 300, '1 uur geleden', 100, 200),
                ('oslo', 'a', 600, '1 uur geleden', 100, 200),
                ('oslo', 'a', 900, '1 uur geleden', 100, 200),
                ('oslo', 'a', 700, '2 uur geleden', 50, 150),
                ('oslo', 'b', 800, '1 uur geleden', 100, 200);
            """);
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Repeated_sightings_become_one_row_each_and_the_items_become_searchable()
    {
        await new Migrator(_database, TimeProvider.System, NullLogger<Migrator>.Instance).MigrateAsync(CancellationToken.None);
        var search = new ItemSearch(_database, NullLogger<ItemSearch>.Instance);
        await search.IndexMissingAsync(CancellationToken.None);

        var evidence = (await new EvidenceStore(_database).FindAsync("oslo", CancellationToken.None))!;
        Assert.Equal(
            [("a", "1 uur geleden", 300L, 900L, 3), ("a", "2 uur geleden", 700L, 700L, 1), ("b", "1 uur geleden", 800L, 800L, 1)],
            evidence.Sightings.Select(s => (s.SourceId, s.AgeText, s.CapturedAt.ToUnixTimeMilliseconds(), s.LastCapturedAt.ToUnixTimeMilliseconds(), s.Captures)));
        Assert.Equal(["oslo"], await search.FindAsync(["hof", "anp"], 10, CancellationToken.None));
    }
}
