using Quartz;
using Syndicate.Health;
using Syndicate.Ingestion;

namespace Syndicate.Scheduling;

/// <summary>
/// The scheduled ingest of one source. Quartz never runs two instances of one source's job at once: a fire that comes
/// while the previous run is still going waits, and once it waits longer than the misfire threshold it runs once when
/// released, the fires that fell due meanwhile dropped. A run cut short by the crash of its node is not run again (the
/// job asks for no recovery): a missed poll needs no catching up, the next fire reads the same page.
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
            await ingestor.IngestAsync(sourceId, ScheduledFireTime(context, sourceId), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed ingest stores no items (its transaction never commits) but is recorded in the
            // fetch history; the next fire tries again. One line says why; the stack trace is for debugging.
            LogFailed(logger, sourceId, e.GetType().Name, Reason(e));
            LogFailureDetail(logger, e, sourceId);
        }

        await triggers.AdaptAsync(sourceId, cancellationToken);
    }

    /// <summary>When the source's schedule was due for this run; null for a run from another trigger (run-now, the ingest at start-up).</summary>
    private static DateTimeOffset? ScheduledFireTime(IJobExecutionContext context, string sourceId) =>
        context.Trigger.Key.Equals(QuartzTriggerSync.ScheduleKey(sourceId)) ? context.ScheduledFireTimeUtc : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId}: postponed until {NotBefore} (Retry-After or back-off)")]
    private static partial void LogPostponed(ILogger logger, string sourceId, DateTimeOffset notBefore);

    /// <summary>The failure and the causes inside it, in one sentence: "Connection refused (127.0.0.1:1)".</summary>
    private static string Reason(Exception failure)
    {
        var reasons = new List<string>();
        for (var e = failure; e is not null; e = e.InnerException)
        {
            if (!reasons.Exists(r => r.Contains(e.Message, StringComparison.Ordinal)))
            {
                reasons.Add(e.Message);
            }
        }

        return string.Join(": ", reasons);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {SourceId}: ingest failed ({Kind}): {Reason}; no items were stored")]
    private static partial void LogFailed(ILogger logger, string sourceId, string kind, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Source {SourceId}: the failed ingest's exception")]
    private static partial void LogFailureDetail(ILogger logger, Exception exception, string sourceId);
}
