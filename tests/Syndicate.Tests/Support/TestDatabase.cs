using Microsoft.Data.Sqlite;
using Npgsql;
using Syndicate.Storage;

namespace Syndicate.Tests.Support;

/// <summary>
/// A fresh, empty database of either provider for one test: a SQLite file in a temporary folder, or a database
/// <c>syndicate_test_&lt;guid&gt;</c> created on the PostgreSQL server that <c>SYNDICATE_TEST_POSTGRES</c> names (a
/// connection string; <c>bash .ci/start-postgres.sh</c> starts one and prints it) and dropped after. Without that
/// variable the PostgreSQL cases skip with the reason, and fail under CI, whose .ci/run sets it.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "SYNDICATE_TEST_POSTGRES";

    private readonly TemporaryDirectory? _directory;
    private readonly string? _postgresName;

    private TestDatabase(StorageProvider provider, string connectionOrPath, TemporaryDirectory? directory, string? postgresName)
    {
        Provider = provider;
        _directory = directory;
        _postgresName = postgresName;
        Settings = provider == StorageProvider.Postgres
            ? new Dictionary<string, string?> { ["Syndicate:Storage:Provider"] = "Postgres", ["Syndicate:Storage:ConnectionString"] = connectionOrPath }
            : new Dictionary<string, string?> { ["Syndicate:DatabasePath"] = connectionOrPath };
        ConnectionOrPath = connectionOrPath;
    }

    public StorageProvider Provider { get; }

    /// <summary>The server settings that put a server on this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    private string ConnectionOrPath { get; }

    /// <summary>The server's connection string from <c>SYNDICATE_TEST_POSTGRES</c>; null when it is not set.</summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    /// <summary>Skips the test (fails it under CI) when the provider's database server is not there.</summary>
    public static void Require(StorageProvider provider) =>
        ExternalTool.Require(
            provider != StorageProvider.Postgres || PostgresServer is not null,
            $"PostgreSQL ({PostgresVariable})",
            $"export {PostgresVariable}=\"$(bash .ci/start-postgres.sh)\"");

    /// <summary>A new empty database of <paramref name="provider"/> (not migrated); the test skips when PostgreSQL is not there.</summary>
    public static async Task<TestDatabase> CreateAsync(StorageProvider provider)
    {
        Require(provider);
        if (provider == StorageProvider.Sqlite)
        {
            var directory = new TemporaryDirectory();
            return new TestDatabase(provider, Path.Combine(directory.Path, "data", "syndicate.db"), directory, null);
        }

        var name = $"syndicate_test_{Guid.NewGuid():N}";
        await using (var server = new NpgsqlConnection(PostgresServer))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", server);
            await create.ExecuteNonQueryAsync();
        }

        return new TestDatabase(provider, new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ConnectionString, null, name);
    }

    /// <summary>A new handle on the database, as a server opens it.</summary>
    public Database Open() => Provider == StorageProvider.Postgres ? new PostgresDatabase(ConnectionOrPath) : new SqliteDatabase(ConnectionOrPath);

    public async ValueTask DisposeAsync()
    {
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var server = new NpgsqlConnection(PostgresServer);
            await server.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", server);
            await drop.ExecuteNonQueryAsync();
        }
        else
        {
            SqliteConnection.ClearAllPools();
            _directory?.Dispose();
        }
    }
}
