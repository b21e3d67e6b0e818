using Microsoft.Extensions.Options;
using Quartz;

namespace Syndicate.Scheduling;

/// <summary>
/// At start-up, schedules <see cref="MaintenanceJob"/> with <see cref="MaintenanceOptions.Schedule"/> (in UTC). A stored
/// trigger with the same schedule is kept, with its next fire time; a run missed while the server was down runs
/// once as soon as it can.
/// </summary>
public sealed class MaintenanceSchedule(ISchedulerFactory schedulers, IOptions<MaintenanceOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var cron = options.Value.Schedule;
        if (await scheduler.GetTrigger(MaintenanceJob.ScheduleKey, cancellationToken) is ICronTrigger stored
            && stored.CronExpressionString == cron && await scheduler.Exists(MaintenanceJob.Key, cancellationToken))
        {
            return;
        }

        var job = JobBuilder.Create<MaintenanceJob>().WithIdentity(MaintenanceJob.Key).Build();
        var trigger = TriggerBuilder.Create(scheduler.TimeProvider)
            .WithIdentity(MaintenanceJob.ScheduleKey)
            .ForJob(MaintenanceJob.Key)
            .WithCronSchedule(cron, b => b.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
