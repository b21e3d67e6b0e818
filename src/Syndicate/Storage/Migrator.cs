using System.Reflection;
using System.Text.RegularExpressions;
using Dapper;

namespace Syndicate.Storage;

/// <summary>
/// Brings the schema up to date from the numbered scripts in Storage/Migrations
/// (<c>NNN_name.sql</c>), each applied once, in order, in its own transaction.
/// </summary>
public sealed partial class Migrator(Database database, TimeProvider clock, ILogger<Migrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await database.CreateAsync(cancellationToken);
        if (await database.VerifyAsync(cancellationToken))
        {
            LogSearchIndexRebuilt(logger, database.Path);
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
            cancellationToken: cancellationToken));
        var applied = (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT version FROM schema_migrations", cancellationToken: cancellationToken))).ToHashSet();
        foreach (var (version, name, sql) in Scripts().Where(s => !applied.Contains(s.Version)))
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
        }
    }

    internal static IReadOnlyList<(long Version, string Name, string Sql)> Scripts()
    {
        var assembly = Assembly.GetExecutingAssembly();
        return assembly.GetManifestResourceNames()
            .Select(resource => (Resource: resource, Match: ScriptName().Match(resource)))
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

    [GeneratedRegex(@"\.Migrations\.(?<version>\d{3})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex ScriptName();

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied database migration {Version} ({Name})")]
    private static partial void LogApplied(ILogger logger, long version, string name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search index of {Path} failed its integrity check and was rebuilt from the stored search text")]
    private static partial void LogSearchIndexRebuilt(ILogger logger, string path);
}
