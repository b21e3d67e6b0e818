using Microsoft.Extensions.Diagnostics.HealthChecks;
using Syndicate.Settings;

namespace Syndicate.Publishing;

/// <summary>Ready when every stored item is published; until then a start has published only the feeds its newest items settle.</summary>
public sealed class PublicationReadinessCheck(FeedPublisher publisher, NodeName node) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var current = publisher.Current;
        return Task.FromResult(current.IsComplete
            ? HealthCheckResult.Healthy($"Node {node} publishes every stored item ({current.Entries.Count}).")
            : HealthCheckResult.Unhealthy(
                $"Node {node} is still reading the stored items after its start: it serves the {current.Feeds.Count} feed documents its newest "
                + $"{current.Entries.Count} items settle; the other feeds, views, item pages and lists answer 503 until it has read every item."));
    }
}
