using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Syndicate.Storage;

/// <summary>The SQLite database file, in WAL mode, claimed by one server at a time (<see cref="DatabaseLock"/>).</summary>
public sealed class SqliteDatabase : Database
{
    private readonly DatabaseLock _lock;

    public SqliteDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            ForeignKeys = true,
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
        _lock = new DatabaseLock(Path);
    }

    public string Path { get; }

    public override StorageProvider Provider => StorageProvider.Sqlite;

    public override SqlDialect Dialect => SqlDialect.Sqlite;

    public override string ConnectionString { get; }

    public override string Description => Path;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteWalConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>
    /// Creates the folder and the file in WAL mode (readers never wait on an ingest), then runs SQLite's quick integrity
    /// check, so a damaged file stops the start with a clear message. Damage confined to the search index (every problem
    /// names <c>item_search</c>) is mended instead: the index is rebuilt from the search text stored beside it, so nothing
    /// is lost. The check reads the whole file (half a minute at a million items), so a server that holds the file's lock
    /// runs it only when the server before it was cut short; a file closed cleanly is trusted.
    /// </summary>
    public override async Task<string?> PrepareAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        await using var connection = await OpenAsync(cancellationToken);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA journal_mode = WAL";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        if (_lock.Held && _lock.PreviousHolderStoppedCleanly)
        {
            return null;
        }

        var problems = await QuickCheckAsync(connection, cancellationToken);
        var searchIndexOnly = problems.Count > 0 && problems.All(p => p.Contains("item_search", StringComparison.Ordinal));
        if (searchIndexOnly)
        {
            await using var rebuild = connection.CreateCommand();
            rebuild.CommandText = "INSERT INTO item_search (item_search) VALUES ('rebuild')";
            await rebuild.ExecuteNonQueryAsync(cancellationToken);
            problems = await QuickCheckAsync(connection, cancellationToken);
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException(
                $"The database {Path} failed PRAGMA quick_check ({string.Join("; ", problems)}). Restore it from a backup, or move it aside to start with an empty one.");
        }

        return searchIndexOnly ? "the search index failed its integrity check and was rebuilt from the stored search text" : null;
    }

    private static async Task<List<string>> QuickCheckAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check";
        var problems = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.GetString(0) is var line && line != "ok")
            {
                problems.Add(line);
            }
        }

        return problems;
    }

    public override void Claim() => _lock.Acquire();

    protected override void Dispose(bool disposing) => _lock.Dispose();
}
