using System.Data.Common;

namespace Syndicate.Storage;

/// <summary>
/// The database the stores share: it opens connections, says which SQL it speaks (<see cref="Dialect"/>), and gets
/// itself ready before the migrations run. <see cref="SqliteDatabase"/> is one file beside one server;
/// <see cref="PostgresDatabase"/> is one database several servers share.
/// </summary>
public abstract class Database : IDisposable
{
    public abstract StorageProvider Provider { get; }

    public abstract SqlDialect Dialect { get; }

    /// <summary>How to reach it; the Quartz job store uses it too, so triggers live beside the items.</summary>
    public abstract string ConnectionString { get; }

    /// <summary>What an operator reads in a message: the file's path, or the server and database name (never a password).</summary>
    public abstract string Description { get; }

    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Makes the database ready for the migrations: creates what is missing and checks what is there.</summary>
    /// <returns>What had to be mended on the way, for the log; null when nothing had.</returns>
    /// <exception cref="InvalidDataException">The database is damaged beyond what it mends itself.</exception>
    public abstract Task<string?> PrepareAsync(CancellationToken cancellationToken);

    /// <summary>Claims the database for this server before anything opens it, where one server per database is the rule.</summary>
    /// <exception cref="DatabaseInUseException">Another server holds it.</exception>
    public abstract void Claim();

    /// <summary>
    /// Tells every server on the database (this one too) that stored items changed: <paramref name="message"/> says
    /// which. A database one server owns has no one to tell.
    /// </summary>
    public virtual Task AnnounceChangeAsync(string message, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// The changes announced on the database, as they come, until <paramref name="cancellationToken"/> ends the
    /// listening, after an empty message once it listens; nothing where one server owns the database. Announcements
    /// made while nobody listened are lost.
    /// </summary>
    /// <exception cref="DbException">The listening connection was lost.</exception>
    public virtual async IAsyncEnumerable<string> ChangesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        yield break;
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);
}
