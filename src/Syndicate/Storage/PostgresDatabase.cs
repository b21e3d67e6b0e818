using System.Data.Common;
using Npgsql;

namespace Syndicate.Storage;

/// <summary>A PostgreSQL database, shared by every server (node) configured with it: nobody claims it alone.</summary>
public sealed class PostgresDatabase : Database
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
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

    protected override void Dispose(bool disposing) => _dataSource.Dispose();
}
