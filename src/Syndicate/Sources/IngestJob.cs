using Quartz;

namespace Syndicate.Sources;

/// <summary>
/// The scheduled ingest of one source. Quartz never runs two instances of one source's job at once;
/// a fire that comes while the previous run is still going waits and counts as a misfire.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class IngestJob(SourceIngestor ingestor, SourceSchedules schedules, ILogger<IngestJob> logger) : IJob
{
    public const string SourceIdKey = "sourceId";

    public static JobKey KeyFor(string sourceId) => new(sourceId, "sources");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var sourceId = context.MergedJobDataMap.GetString(SourceIdKey)!;
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

        await schedules.AdaptAsync(sourceId, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Source {SourceId}: ingest failed; no items were stored")]
    private static partial void LogFailed(ILogger logger, Exception exception, string sourceId);
}
