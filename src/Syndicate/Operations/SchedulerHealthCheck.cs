using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace Syndicate.Operations;

/// <summary>Ready when the Quartz scheduler is running: started, not in standby, not shut down.</summary>
public sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        SchedulerStatus status;
        try
        {
            status = await (await schedulers.GetScheduler(cancellationToken)).GetStatus(cancellationToken);
        }
        catch (Exception e) when (e is SchedulerException or ObjectDisposedException)
        {
            // Quartz refuses to hand out a scheduler that has been shut down.
            return HealthCheckResult.Unhealthy($"The scheduler is not available: {e.Message}");
        }

        return status switch
        {
            SchedulerStatus.Running => HealthCheckResult.Healthy("The scheduler is running."),
            SchedulerStatus.Created => HealthCheckResult.Unhealthy("The scheduler has not started yet (see Syndicate:SchedulerStartDelay)."),
            _ => HealthCheckResult.Unhealthy($"The scheduler is {status}: no source is fetched."),
        };
    }
}
