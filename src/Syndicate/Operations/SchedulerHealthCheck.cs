using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;
using Syndicate.Settings;

namespace Syndicate.Operations;

/// <summary>Ready when this node's Quartz scheduler is running: started, not in standby, not shut down. The answer names the node.</summary>
public sealed class SchedulerHealthCheck(ISchedulerFactory schedulers, NodeName node) : IHealthCheck
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
            return HealthCheckResult.Unhealthy($"The scheduler of node {node} is not available: {e.Message}");
        }

        return status switch
        {
            SchedulerStatus.Running => HealthCheckResult.Healthy($"The scheduler of node {node} is running."),
            SchedulerStatus.Created => HealthCheckResult.Unhealthy($"The scheduler of node {node} has not started yet (see Syndicate:SchedulerStartDelay)."),
            _ => HealthCheckResult.Unhealthy($"The scheduler of node {node} is {status}: no source is fetched here."),
        };
    }
}
