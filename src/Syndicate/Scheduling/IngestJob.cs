using Quartz;
using Syndicate.Health;
using Syndicate.Ingestion;

namespace Syndicate.Scheduling;

/// <summary>
/// The scheduled ingest of one source. Quartz never runs two instances of one source's job at once;
/// a fire that comes while the previous run is still going waits and counts as a misfire.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class IngestJob(
    SourceIngestor ingestor, QuartzTriggerSync triggers, SourceHealthJudge health, TimeProvider clock, ILogger<IngestJob> logger) : IJob
{
    public const string SourceIdKey = "sourceId";

    /// <summary>Set on a run an admin asked for: it runs even while the source backs off.</summary>
    public const string ForceKey = "force";

    public static JobKey KeyFor(string sourceId) => new(sourceId, "sources");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var sourceId = context.MergedJobDataMap.GetString(SourceIdKey)!;
        var forced = context.MergedJobDataMap.TryGetBoolean(ForceKey, out var force) && force;
        if (!forced && (await health.CheckAsync(sourceId, cancellationToken)).NotBefore is { } notBefore && notBefore > clock.GetUtcNow())
        {
            LogPostponed(logger, sourceId, notBefore);
            return;
        }

        try
        {
            await ingestor.IngestAsync(sourceId, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed ingest stores no items (its transaction never commits) but is recorded in the
            // fetch history; the next fire tries again.
            LogFailed(logger, e, sourceId);
        }

        await triggers.AdaptAsync(sourceId, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId}: postponed until {NotBefore} (Retry-After or back-off)")]
    private static partial void LogPostponed(ILogger logger, string sourceId, DateTimeOffset notBefore);

    [LoggerMessage(Level = LogLevel.Error, Message = "Source {SourceId}: ingest failed; no items were stored")]
    private static partial void LogFailed(ILogger logger, Exception exception, string sourceId);
}
