using Microsoft.Extensions.Options;
using Quartz;
using Syndicate.Configuration;

namespace Syndicate.Sources;

/// <summary>
/// Gives every configured source its Quartz job: a cron trigger from its schedule and (unless
/// IngestOnStart is off) a one-off trigger at start-up, so feeds fill at once. Misfire rule: a cron fire missed
/// (the server was down, or the previous run was still going) fires once as soon as it can,
/// then the schedule continues; missed fires never pile up.
/// </summary>
public sealed class SourceScheduler(ISchedulerFactory schedulers, IOptions<SyndicateOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var source in options.Value.Sources)
        {
            var job = JobBuilder.Create<IngestJob>()
                .WithIdentity(IngestJob.KeyFor(source.Id))
                .UsingJobData(IngestJob.SourceIdKey, source.Id)
                .Build();
            var timeZone = TimeZoneInfo.FindSystemTimeZoneById(source.TimeZone);
            var cron = TriggerBuilder.Create()
                .WithIdentity($"{source.Id}.schedule", "sources")
                .WithCronSchedule(source.Schedule, b => b.InTimeZone(timeZone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
                .Build();
            ITrigger[] triggers = options.Value.IngestOnStart
                ? [cron, TriggerBuilder.Create().WithIdentity($"{source.Id}.startup", "sources").StartNow().Build()]
                : [cron];
            await scheduler.ScheduleJob(job, triggers, ScheduleJobOptions.Replacing, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
