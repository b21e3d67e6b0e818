using Microsoft.Extensions.Diagnostics.HealthChecks;
using Syndicate.Storage;

namespace Syndicate.Operations;

/// <summary>Ready when the database file opens and its schema can be read.</summary>
public sealed class DatabaseHealthCheck(Database database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            // Reading the schema reads the file's first page: an unreadable or foreign file fails here.
            command.CommandText = "SELECT count(*) FROM sqlite_schema";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy("The database answers.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The database {database.Path} does not answer: {e.Message}");
        }
    }
}
