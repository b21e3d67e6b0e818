using System.Reflection;
using System.Text.RegularExpressions;
using Dapper;

namespace Syndicate.Storage;

/// <summary>
/// Brings the schema up to date from the numbered scripts of the database's provider (<c>Storage/Migrations/NNN_name.sql</c>
/// for SQLite, <c>Storage/Migrations/Postgres/NNN_name.sql</c> for PostgreSQL, which make the same tables), each applied
/// once, in order, in its own transaction. On PostgreSQL the whole run holds an advisory lock, so nodes that start
/// together migrate one after the other and the later ones find the work done.
/// </summary>
public sealed partial class Migrator(Database database, TimeProvider clock, ILogger<Migrator> logger)
{
    /// <returns>How many migrations were applied.</returns>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        if (await database.PrepareAsync(cancellationToken) is { } mended)
        {
            LogMended(logger, database.Description, mended);
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var dialect = database.Dialect;
        if (dialect.LockMigrations is { } lockMigrations)
        {
            await connection.ExecuteAsync(new CommandDefinition(lockMigrations, cancellationToken: cancellationToken));
        }

        var count = 0;
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
                cancellationToken: cancellationToken));
            var applied = (await connection.QueryAsync<long>(new CommandDefinition(
                "SELECT version FROM schema_migrations", cancellationToken: cancellationToken))).ToHashSet();
            foreach (var (version, name, sql) in Scripts(database.Provider).Where(s => !applied.Contains(s.Version)))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await connection.ExecuteAsync(new CommandDefinition(sql, transaction: transaction, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)",
                    new { version, name, at = clock.GetUtcNow().ToString("O") },
                    transaction,
                    cancellationToken: cancellationToken));
                await transaction.CommitAsync(cancellationToken);
                LogApplied(logger, version, name);
                count++;
            }
        }
        finally
        {
            if (dialect.UnlockMigrations is { } unlockMigrations)
            {
                await connection.ExecuteAsync(new CommandDefinition(unlockMigrations, cancellationToken: CancellationToken.None));
            }
        }

        return count;
    }

    /// <summary>The provider's migration scripts, in order.</summary>
    internal static IReadOnlyList<(long Version, string Name, string Sql)> Scripts(StorageProvider provider)
    {
        var prefix = SqlDialect.Of(provider).MigrationsResourcePrefix;
        var assembly = Assembly.GetExecutingAssembly();
        return assembly.GetManifestResourceNames()
            .Where(resource => resource.StartsWith(prefix, StringComparison.Ordinal))
            .Select(resource => (Resource: resource, Match: ScriptName().Match(resource[prefix.Length..])))
            .Where(r => r.Match.Success)
            .Select(r =>
            {
                using var stream = assembly.GetManifestResourceStream(r.Resource)!;
                using var reader = new StreamReader(stream);
                return (long.Parse(r.Match.Groups["version"].Value), r.Match.Groups["name"].Value, reader.ReadToEnd());
            })
            .OrderBy(s => s.Item1)
            .ToList();
    }

    [GeneratedRegex(@"^(?<version>\d{3})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex ScriptName();

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied database migration {Version} ({Name})")]
    private static partial void LogApplied(ILogger logger, long version, string name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database {Database}: {Mended}")]
    private static partial void LogMended(ILogger logger, string database, string mended);
}
