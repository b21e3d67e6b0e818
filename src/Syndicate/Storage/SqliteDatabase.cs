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
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>
    /// Creates the folder and the file in WAL mode (readers never wait on an ingest), then runs SQLite's quick integrity
    /// check, so a damaged file stops the start with a clear message.
    /// </summary>
    public override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
        command.CommandText = "PRAGMA quick_check";
        var result = (string?)await command.ExecuteScalarAsync(cancellationToken);
        if (result != "ok")
        {
            throw new InvalidDataException(
                $"The database {Path} failed PRAGMA quick_check ({result}). Restore it from a backup, or move it aside to start with an empty one.");
        }
    }

    public override void Claim() => _lock.Acquire();

    protected override void Dispose(bool disposing) => _lock.Dispose();
}
