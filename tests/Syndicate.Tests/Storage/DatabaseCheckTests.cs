using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Syndicate.Storage;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Storage;

/// <summary>
/// The start-up integrity check: damage to the search index alone is mended; other damage stops the start. A server that
/// holds the file's lock checks only after a server that was cut short; a file its last server closed cleanly is trusted.
/// </summary>
public sealed class DatabaseCheckTests : IAsyncLifetime
{
    private readonly TemporaryDirectory _directory = new();
    private Database _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = new SqliteDatabase(Path.Combine(_directory.Path, "data", "items.db"));
        await MigrateAsync();
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync("INSERT INTO item_search (item_id, text) VALUES ('a', 'oslo noorwegen verhoogt de rente')");
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
        return ValueTask.CompletedTask;
    }

    private Task<int> MigrateAsync() => MigrateAsync(_database);

    private static Task<int> MigrateAsync(Database database) => new Migrator(database, TimeProvider.System, NullLogger<Migrator>.Instance).MigrateAsync(CancellationToken.None);

    [Fact]
    public async Task A_search_index_out_of_step_with_its_text_is_rebuilt_at_start_and_finds_the_text()
    {
        await using (var connection = await _database.OpenAsync(CancellationToken.None))
        {
            // The stored text changed behind the index's back: the index no longer matches it.
            await connection.ExecuteAsync("UPDATE item_search_content SET c1 = 'brussel gasopslag' WHERE c0 = 'a'");
            Assert.Contains("item_search", await connection.ExecuteScalarAsync<string>("PRAGMA quick_check"), StringComparison.Ordinal);
        }

        await MigrateAsync();

        await using var again = await _database.OpenAsync(CancellationToken.None);
        Assert.Equal("ok", await again.ExecuteScalarAsync<string>("PRAGMA quick_check"));
        Assert.Equal(["a"], await new ItemSearch(_database, NullLogger<ItemSearch>.Instance).FindAsync(["gasopslag"], 10, CancellationToken.None));
    }

    [Fact]
    public async Task Damage_outside_the_search_index_stops_the_start_with_the_check_s_words()
    {
        await BreakNotNullRuleAsync();
        var failure = await Assert.ThrowsAsync<InvalidDataException>(MigrateAsync);
        Assert.Contains("failed PRAGMA quick_check (NULL value in t.x)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_closed_cleanly_is_not_checked_again_and_one_left_by_a_killed_server_or_without_its_lock_file_is()
    {
        await BreakNotNullRuleAsync();
        var path = Path.Combine(_directory.Path, "data", "items.db");

        using (var first = new SqliteDatabase(path))
        {
            // The last server was killed: its lock file still names it.
            await File.WriteAllTextAsync(path + ".lock", "4242\ndotnet Syndicate.dll\n");
            first.Claim();
            var failure = await Assert.ThrowsAsync<InvalidDataException>(() => MigrateAsync(first));
            Assert.Contains("NULL value in t.x", failure.Message, StringComparison.Ordinal);
        }

        Assert.Equal(0, new FileInfo(path + ".lock").Length);
        using (var second = new SqliteDatabase(path))
        {
            second.Claim();
            await MigrateAsync(second);
        }

        // Moved or restored without its lock file: nothing says how its last server stopped.
        File.Delete(path + ".lock");
        using var third = new SqliteDatabase(path);
        third.Claim();
        await Assert.ThrowsAsync<InvalidDataException>(() => MigrateAsync(third));
    }

    private async Task BreakNotNullRuleAsync()
    {
        await using (var connection = await _database.OpenAsync(CancellationToken.None))
        {
            // A row that breaks its table's NOT NULL rule, as a damaged page or a foreign writer leaves it.
            await connection.ExecuteAsync("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (NULL);");
            await connection.ExecuteAsync("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = 'CREATE TABLE t (x INTEGER NOT NULL)' WHERE name = 't';");
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
