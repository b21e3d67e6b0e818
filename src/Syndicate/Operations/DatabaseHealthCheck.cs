using Microsoft.Extensions.Diagnostics.HealthChecks;
using Syndicate.Storage;

namespace Syndicate.Operations;

/// <summary>Ready when the database answers and its schema can be read.</summary>
public sealed class DatabaseHealthCheck(Database database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            // A table every migrated database has: a foreign or unreadable database fails here.
            command.CommandText = "SELECT count(*) FROM schema_migrations";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy("The database answers.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The database {database.Description} does not answer: {e.Message}");
        }
    }
}
