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

    /// <summary>
    /// Runs SQLite's quick integrity check, so a damaged file stops the start with a clear message. Damage confined to
    /// the search index (every problem names <c>item_search</c>) is repaired instead: the index is rebuilt from the search text
    /// stored beside it, so nothing is lost.
    /// </summary>
    /// <returns>Whether the search index was rebuilt.</returns>
    /// <exception cref="InvalidDataException">The check found damage that a rebuild of the search index does not mend.</exception>
    public async Task<bool> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var problems = await QuickCheckAsync(connection, cancellationToken);
        var rebuilt = problems.Count > 0 && problems.All(p => p.Contains("item_search", StringComparison.Ordinal));
        if (rebuilt)
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

        return rebuilt;
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
