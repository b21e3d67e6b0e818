using Microsoft.Extensions.Options;
using Quartz;
using Syndicate.Core.Time;
using Syndicate.Publishing;
using Syndicate.Sources;
using Syndicate.Storage;

namespace Syndicate.Scheduling;

/// <summary>
/// Keeps Quartz's persistent store in step with the source registry: one <see cref="IngestJob"/> per
/// source with one schedule trigger, paused when the source is. A trigger that already matches the
/// source's schedule is kept as stored, so its next fire time, and any fire missed while the server
/// was down, survive a restart; one that does not is replaced and counts from now. A source whose schedule cannot
/// fire (it never fires again, or polls more often than <c>Syndicate:MinPollInterval</c>) never stops the server: it
/// is paused with that reason, keeps its job for run-now, and resumes when it gets a schedule that fires. Changes are
/// made one at a time, in the cluster too (<see cref="ScheduleLock"/>); once they are in force, every node's feeds say
/// how often they now change.
/// </summary>
public sealed partial class QuartzTriggerSync(
    ISchedulerFactory schedulers,
    Database database,
    SourceRegistry registry,
    SharedFeedChanges feeds,
    FetchStore fetches,
    IOptions<ConfiguredSourcesOptions> rules,
    ILogger<QuartzTriggerSync> logger) : IDisposable
{
    private const string Group = "sources";

    private readonly SemaphoreSlim _changes = new(1, 1);

    public static TriggerKey ScheduleKey(string sourceId) => new($"{sourceId}.schedule", Group);

    private static TriggerKey StartupKey(string sourceId) => new($"{sourceId}.startup", Group);

    /// <summary>Schedules every registered source, drops the jobs of sources no longer registered, and optionally ingests every active source now.</summary>
    public async Task SynchronizeAsync(bool ingestNow, CancellationToken cancellationToken)
    {
        await _changes.WaitAsync(cancellationToken);
        try
        {
            await using var clusterWide = await ScheduleLock.TakeAsync(database, cancellationToken);
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            var sources = await registry.ListAsync(cancellationToken);
            var registered = sources.Select(s => IngestJob.KeyFor(s.Id)).ToHashSet();
            foreach (var orphan in (await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(Group), cancellationToken)).Where(k => !registered.Contains(k)))
            {
                await scheduler.DeleteJob(orphan, cancellationToken);
            }

            foreach (var source in sources)
            {
                await ApplyAsync(scheduler, source, cancellationToken);
                if (ingestNow && !source.Paused)
                {
                    var startup = TriggerBuilder.Create(scheduler.TimeProvider).WithIdentity(StartupKey(source.Id)).ForJob(IngestJob.KeyFor(source.Id)).StartNow().Build();
                    await scheduler.ScheduleJob(startup, ScheduleJobOptions.Replacing, cancellationToken);
                }
            }
        }
        finally
        {
            _changes.Release();
        }

        await feeds.AnnounceSchedulesChangedAsync(cancellationToken);
    }

    /// <summary>Brings one source's job and trigger in line with the registry (or removes them when it is gone).</summary>
    public async Task ApplyAsync(string sourceId, CancellationToken cancellationToken)
    {
        await _changes.WaitAsync(cancellationToken);
        try
        {
            await using var clusterWide = await ScheduleLock.TakeAsync(database, cancellationToken);
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            if (await registry.FindAsync(sourceId, cancellationToken) is { } source)
            {
                await ApplyAsync(scheduler, source, cancellationToken);
            }
            else
            {
                await scheduler.DeleteJob(IngestJob.KeyFor(sourceId), cancellationToken);
            }
        }
        finally
        {
            _changes.Release();
        }

        await feeds.AnnounceSchedulesChangedAsync(cancellationToken);
    }

    /// <summary>Fires the source's job once, now, whether or not it is paused.</summary>
    public async Task RunNowAsync(string sourceId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.TriggerJob(IngestJob.KeyFor(sourceId), new JobDataMap { [IngestJob.ForceKey] = true }, cancellationToken);
    }

    /// <summary>The schedule trigger's next and previous fire times, if the source has one.</summary>
    public async Task<(DateTimeOffset? Next, DateTimeOffset? Previous)> FireTimesAsync(string sourceId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var trigger = await scheduler.GetTrigger(ScheduleKey(sourceId), cancellationToken);
        return (trigger?.NextFireTimeUtc, trigger?.PreviousFireTimeUtc);
    }

    /// <summary>After a run of an adaptive source: polls next after half the observed mean gap between new items, within its bounds.</summary>
    public async Task AdaptAsync(string sourceId, CancellationToken cancellationToken)
    {
        if (await registry.FindAsync(sourceId, cancellationToken) is not { Schedule: SourceSchedule.Adaptive adaptive, Paused: false })
        {
            return;
        }

        var interval = await AdaptiveIntervalAsync(sourceId, adaptive, cancellationToken);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var current = await scheduler.GetTrigger(ScheduleKey(sourceId), cancellationToken) as ISimpleTrigger;
        if (current?.RepeatInterval != interval)
        {
            await scheduler.RescheduleJob(ScheduleKey(sourceId), IntervalTrigger(scheduler, sourceId, interval), cancellationToken);
            LogAdapted(logger, sourceId, interval);
        }
    }

    public void Dispose() => _changes.Dispose();

    /// <summary>Why the source's schedule cannot be put in force now; null when it can.</summary>
    private string? ProblemWith(IScheduler scheduler, SourceSchedule schedule, string timeZone) =>
        SourceRules.ScheduleProblem(schedule, timeZone, rules.Value.MinPollInterval, scheduler.TimeProvider.GetUtcNow());

    private async Task ApplyAsync(IScheduler scheduler, RegisteredSource source, CancellationToken cancellationToken)
    {
        var jobKey = IngestJob.KeyFor(source.Id);
        if (ProblemWith(scheduler, source.Schedule, source.Definition.TimeZone) is { } problem)
        {
            await HoldAsync(scheduler, source, problem, cancellationToken);
            return;
        }

        var existing = await scheduler.GetTrigger(ScheduleKey(source.Id), cancellationToken);
        if (existing is null || !Matches(existing, source) || !await scheduler.Exists(jobKey, cancellationToken))
        {
            var job = JobFor(source.Id).Build();
            var trigger = await TriggerForAsync(scheduler, source, cancellationToken);
            var options = new ScheduleJobOptions { Replace = true, PauseReason = source.Paused ? "paused through the admin API" : null };
            await scheduler.ScheduleJob(job, [trigger], options, cancellationToken);
            return;
        }

        var paused = await scheduler.GetTriggerState(existing.Key, cancellationToken) == TriggerState.Paused;
        if (source.Paused && !paused)
        {
            await scheduler.PauseJob(jobKey, cancellationToken);
        }
        else if (!source.Paused && paused)
        {
            await scheduler.ResumeJob(jobKey, cancellationToken);
        }
    }

    /// <summary>Keeps the source's job (run-now still works) without a schedule trigger, and pauses the source with the reason once.</summary>
    private async Task HoldAsync(IScheduler scheduler, RegisteredSource source, string problem, CancellationToken cancellationToken)
    {
        await scheduler.UnscheduleJob(ScheduleKey(source.Id), cancellationToken);
        var job = JobFor(source.Id).StoreDurably().Build();
        await scheduler.AddJob(job, AddJobOptions.Replacing, cancellationToken);
        if (source.PauseReason != problem)
        {
            await registry.PauseForAsync(source.Id, problem, cancellationToken);
            LogHeld(logger, source.Id, problem);
        }
    }

    private static JobBuilder<IngestJob> JobFor(string sourceId) =>
        JobBuilder.Create<IngestJob>().WithIdentity(IngestJob.KeyFor(sourceId)).UsingJobData(IngestJob.SourceIdKey, sourceId).RequestRecovery(false);

    private static bool Matches(ITrigger trigger, RegisteredSource source) => (source.Schedule, trigger) switch
    {
        (SourceSchedule.Cron cron, ICronTrigger stored) =>
            stored.CronExpressionString == cron.Expression && stored.TimeZone.Id == TimeZone(source).Id,
        (SourceSchedule.Interval interval, ISimpleTrigger stored) => stored.RepeatInterval == interval.Every,
        (SourceSchedule.Adaptive adaptive, ISimpleTrigger stored) =>
            stored.RepeatInterval >= adaptive.Minimum && stored.RepeatInterval <= adaptive.Maximum,
        _ => false,
    };

    private async Task<ITrigger> TriggerForAsync(IScheduler scheduler, RegisteredSource source, CancellationToken cancellationToken) => source.Schedule switch
    {
        // A cron fire missed (the server was down, or the previous run was still going) fires once as
        // soon as it can, then the schedule continues; missed fires never pile up.
        SourceSchedule.Cron cron => TriggerBuilder.Create(scheduler.TimeProvider)
            .WithIdentity(ScheduleKey(source.Id))
            .ForJob(IngestJob.KeyFor(source.Id))
            .WithCronSchedule(cron.Expression, b => b.InTimeZone(TimeZone(source)).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build(),
        SourceSchedule.Interval interval => IntervalTrigger(scheduler, source.Id, interval.Every),
        SourceSchedule.Adaptive adaptive => IntervalTrigger(scheduler, source.Id, await AdaptiveIntervalAsync(source.Id, adaptive, cancellationToken)),
        _ => throw new InvalidOperationException($"Unknown schedule {source.Schedule}."),
    };

    /// <summary>Every <paramref name="interval"/> from now; after downtime it fires once at once, then keeps the interval from there.</summary>
    private static ITrigger IntervalTrigger(IScheduler scheduler, string sourceId, TimeSpan interval) =>
        TriggerBuilder.Create(scheduler.TimeProvider)
            .WithIdentity(ScheduleKey(sourceId))
            .ForJob(IngestJob.KeyFor(sourceId))
            .StartAt(scheduler.TimeProvider.GetUtcNow() + interval)
            .WithSimpleSchedule(b => b.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount))
            .Build();

    private async Task<TimeSpan> AdaptiveIntervalAsync(string sourceId, SourceSchedule.Adaptive adaptive, CancellationToken cancellationToken)
    {
        var rate = PublicationRate.From(await fetches.PublicationHistoryAsync(sourceId, cancellationToken));
        return adaptive.Clamp(rate.MeanGap is { } gap ? gap / 2 : adaptive.Maximum);
    }

    private static TimeZoneInfo TimeZone(RegisteredSource source) => TimeZoneDatabase.Find(source.Definition.TimeZone);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {SourceId}: paused, because its schedule cannot fire: {Problem} Give it a new schedule to resume it.")]
    private static partial void LogHeld(ILogger logger, string sourceId, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId}: adaptive schedule now polls every {Interval}")]
    private static partial void LogAdapted(ILogger logger, string sourceId, TimeSpan interval);
}
