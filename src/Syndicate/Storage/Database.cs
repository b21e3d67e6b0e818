using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Syndicate.Storage;

/// <summary>Opens connections to the SQLite database file.</summary>
public sealed class Database
{
    public Database(string path)
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
    }

    public string Path { get; }

    /// <summary>How to reach the file; the Quartz job store uses it too, so triggers live beside the items.</summary>
    public string ConnectionString { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>Runs SQLite's quick integrity check, so a damaged file stops the start with a clear message.</summary>
    /// <exception cref="InvalidDataException">The check found damage.</exception>
    public async Task VerifyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check";
        var result = (string?)await command.ExecuteScalarAsync(cancellationToken);
        if (result != "ok")
        {
            throw new InvalidDataException(
                $"The database {Path} failed PRAGMA quick_check ({result}). Restore it from a backup, or move it aside to start with an empty one.");
        }
    }

    /// <summary>Creates the folder and the file in WAL mode, so readers never wait on an ingest.</summary>
    public async Task CreateAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
