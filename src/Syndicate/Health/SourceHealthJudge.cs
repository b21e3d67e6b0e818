using Microsoft.Extensions.Options;
using Syndicate.Fetching;
using Syndicate.Storage;

namespace Syndicate.Health;

/// <summary>Judges every registered source's health from its fetch history: the recent fetches, and the runs of alarms over all of it.</summary>
public sealed class SourceHealthJudge(SourceRegistry registry, FetchStore fetches, TimeProvider clock, IOptionsMonitor<FetchOptions> options)
{
    /// <summary>How many recent fetches the judgement looks at.</summary>
    private const int History = 20;

    public async Task<SourceHealth> CheckAsync(string sourceId, CancellationToken cancellationToken) =>
        SourceHealth.From(
            sourceId,
            await fetches.RecentAsync(sourceId, History, cancellationToken),
            await fetches.StreaksAsync(sourceId, cancellationToken),
            clock.GetUtcNow(),
            options.CurrentValue);

    public async Task<IReadOnlyList<SourceHealth>> CheckAllAsync(CancellationToken cancellationToken)
    {
        var health = new List<SourceHealth>();
        foreach (var source in await registry.ListAsync(cancellationToken))
        {
            health.Add(await CheckAsync(source.Definition.Id, cancellationToken));
        }

        return health;
    }
}
