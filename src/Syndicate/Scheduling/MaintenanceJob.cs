using Quartz;
using Syndicate.Publishing;
using Syndicate.Storage;

namespace Syndicate.Scheduling;

/// <summary>
/// Enforces the retention limits on the maintenance schedule (<see cref="RetentionCompactor"/>), and publishes the
/// feeds again when items were deleted, so they leave the feeds too, on every node. A failed run is logged; the next
/// fire tries again.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class MaintenanceJob(RetentionCompactor compactor, FeedPublisher publisher, SharedFeedChanges sharedChanges, ILogger<MaintenanceJob> logger) : IJob
{
    public static readonly JobKey Key = new("retention", "maintenance");

    public static readonly TriggerKey ScheduleKey = new("retention.schedule", "maintenance");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            if ((await compactor.CompactAsync(cancellationToken)).DeletedItems)
            {
                await sharedChanges.AnnounceEverythingAsync(cancellationToken);
                await publisher.PublishAsync(cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Maintenance: the retention limits could not be enforced; the next run tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
