using Microsoft.Extensions.Diagnostics.HealthChecks;
using Syndicate.Health;

namespace Syndicate.Operations;

/// <summary>
/// Healthy when every source is; Degraded when any source is degraded or failing, with each such
/// source's state and problems (kind, reason, since when) in the data. A failing source never makes the server unready: its
/// feeds are still served.
/// </summary>
public sealed class SourcesReadinessCheck(SourceHealthJudge health) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var sources = await health.CheckAllAsync(cancellationToken);
        var troubled = sources.Where(s => s.State != SourceState.Healthy).ToList();
        if (troubled.Count == 0)
        {
            return HealthCheckResult.Healthy($"All {sources.Count} sources are healthy.");
        }

        var data = troubled.ToDictionary(s => s.SourceId, s => (object)new SourceTrouble(s.State.ToString(), s.Problems));
        return HealthCheckResult.Degraded($"{troubled.Count} of {sources.Count} sources need a look.", data: data);
    }

    /// <summary>What the readiness JSON says about one troubled source.</summary>
    public sealed record SourceTrouble(string State, IReadOnlyList<SourceProblem> Problems);
}
