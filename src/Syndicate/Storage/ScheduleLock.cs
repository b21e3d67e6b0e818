using System.Data.Common;
using Dapper;

namespace Syndicate.Storage;

/// <summary>
/// Schedule changes one node at a time. A node reads a source's trigger, compares it with the source's schedule and
/// writes a new one when they differ; two nodes doing that together (all of them importing appsettings.json at start,
/// or its change) could each find none, and the later write would replace a trigger the other had already fired with
/// one due at the same instant: that fire would run twice. On PostgreSQL this is a session advisory lock, held from the
/// read to the write, so each node sees what the one before it wrote; on SQLite, one server per database, there is
/// nothing to take.
/// </summary>
public sealed class ScheduleLock : IAsyncDisposable
{
    private readonly DbConnection? _connection;
    private readonly string? _unlock;

    private ScheduleLock(DbConnection? connection, string? unlock)
    {
        _connection = connection;
        _unlock = unlock;
    }

    /// <summary>Waits until no other node changes schedules, and holds the lock until disposed.</summary>
    public static async Task<ScheduleLock> TakeAsync(Database database, CancellationToken cancellationToken)
    {
        if (database.Dialect.LockSchedules is not { } lockSchedules)
        {
            return new ScheduleLock(null, null);
        }

        var connection = await database.OpenAsync(cancellationToken);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(lockSchedules, cancellationToken: cancellationToken));
            return new ScheduleLock(connection, database.Dialect.UnlockSchedules);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is null)
        {
            return;
        }

        await using (_connection)
        {
            await _connection.ExecuteAsync(new CommandDefinition(_unlock!, cancellationToken: CancellationToken.None));
        }
    }
}
