using System.Data.Common;
using Npgsql;

namespace Syndicate.Storage;

/// <summary>A PostgreSQL database, shared by every server (node) configured with it: nobody claims it alone.</summary>
public sealed class PostgresDatabase : Database
{
    /// <summary>The NOTIFY channel on which servers announce changes to stored items.</summary>
    public const string ChangeChannel = "syndicate_items";

    /// <summary>
    /// Connections a node's pool holds at most unless the connection string says otherwise (<c>Maximum Pool Size</c>).
    /// A node has two pools, its stores' (which also lends the listening connection) and its scheduler's: with
    /// PostgreSQL's default <c>max_connections</c> of 100, four nodes fit. Npgsql's own default, 100 a pool, let three nodes under load
    /// exhaust the server's connections, and every node then failed its fetches and its scheduler's turns.
    /// </summary>
    public const int DefaultMaxPoolSize = 10;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!SetsPoolSize(connectionString))
        {
            builder.MaxPoolSize = DefaultMaxPoolSize;
        }

        ConnectionString = builder.ConnectionString;
        Description = $"PostgreSQL database {builder.Database} on {builder.Host}:{builder.Port}";
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    public override StorageProvider Provider => StorageProvider.Postgres;

    public override SqlDialect Dialect => SqlDialect.Postgres;

    public override string ConnectionString { get; }

    public override string Description { get; }

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await _dataSource.OpenConnectionAsync(cancellationToken);

    /// <summary>Nothing to create: the database is the operator's (or the test's); the migrations make its tables.</summary>
    public override Task<string?> PrepareAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    /// <summary>Several nodes share the database by design, so there is nothing to claim.</summary>
    public override void Claim()
    {
    }

    public override async Task AnnounceChangeAsync(string message, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var notify = new NpgsqlCommand($"SELECT pg_notify('{ChangeChannel}', @Message)", connection);
        notify.Parameters.AddWithValue("Message", message);
        await notify.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>LISTENs on a connection of its own: PostgreSQL hands every NOTIFY on the channel to each listener once it is committed.</summary>
    public override async IAsyncEnumerable<string> ChangesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var received = System.Threading.Channels.Channel.CreateUnbounded<string>();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        connection.Notification += (_, e) => received.Writer.TryWrite(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {ChangeChannel}", connection))
        {
            await listen.ExecuteNonQueryAsync(cancellationToken);
        }

        yield return "";
        while (true)
        {
            while (received.Reader.TryRead(out var message))
            {
                yield return message;
            }

            await connection.WaitAsync(cancellationToken);
        }
    }

    protected override void Dispose(bool disposing) => _dataSource.Dispose();

    private static bool SetsPoolSize(string connectionString) =>
        new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Any(key => string.Equals(key.Replace(" ", "", StringComparison.Ordinal), "MaximumPoolSize", StringComparison.OrdinalIgnoreCase));
}
