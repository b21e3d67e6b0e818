using Dapper;
using Syndicate.Storage;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Storage;

/// <summary>
/// SQLite's <c>synchronous</c> setting is per connection: a pooled connection opened after the start's would wait
/// for the disk at every commit unless it sets it again.
/// </summary>
public sealed class SqliteWalConnectionTests() : DatabaseTests(StorageProvider.Sqlite)
{
    private const long Normal = 1;

    [Fact]
    public async Task Every_connection_the_store_opens_is_in_WAL_mode_with_normal_sync()
    {
        // Several at once, so the pool hands out connections other than the one the start-up check used.
        var connections = new List<System.Data.Common.DbConnection>();
        for (var i = 0; i < 3; i++)
        {
            connections.Add(await Database.OpenAsync(CancellationToken.None));
        }

        foreach (var connection in connections)
        {
            Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
            Assert.Equal(Normal, await connection.ExecuteScalarAsync<long>("PRAGMA synchronous"));
            await connection.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_scheduler_s_connections_to_the_same_file_sync_the_same_way()
    {
        await using var source = new SqliteWalConnection.Source(Database.ConnectionString);
        // As the job store does: it creates a connection and opens it itself.
        await using var connection = source.CreateConnection();
        await connection.OpenAsync();

        Assert.Equal(Normal, await connection.ExecuteScalarAsync<long>("PRAGMA synchronous"));
    }
}
