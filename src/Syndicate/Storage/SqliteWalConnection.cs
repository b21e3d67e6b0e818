using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Syndicate.Storage;

/// <summary>
/// A connection to the database file that commits without waiting for the disk. SQLite's <c>synchronous</c> setting
/// belongs to each connection, not to the file, so every pooled connection, ours and the scheduler's, sets it when
/// opened. In WAL mode <c>NORMAL</c> keeps every commit across a killed process; a power cut may undo the last
/// commits but never corrupts the file. <c>FULL</c>, SQLite's default, waits for the disk at every commit.
/// </summary>
public sealed class SqliteWalConnection(string connectionString) : SqliteConnection(connectionString)
{
    public override void Open()
    {
        base.Open();
        using var command = CreateCommand();
        command.CommandText = "PRAGMA synchronous = NORMAL";
        command.ExecuteNonQuery();
    }

    /// <summary>Hands out such connections, for the scheduler's job store on the same file.</summary>
    public sealed class Source(string connectionString) : DbDataSource
    {
        public override string ConnectionString => connectionString;

        protected override DbConnection CreateDbConnection() => new SqliteWalConnection(connectionString);
    }
}
