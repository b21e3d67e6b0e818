using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Syndicate.Core.Time;
using Syndicate.Scheduling;
using Syndicate.Sources;
using Syndicate.Storage;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Scheduling;

/// <summary>
/// Nodes change schedules one at a time (<see cref="ScheduleLock"/>): a node about to schedule a source waits while
/// another node changes schedules, then keeps the trigger that node made, rather than replacing it with one of its own
/// that could be due again at an instant the other's has already fired. Needs PostgreSQL (skips without it, fails under CI).
/// </summary>
public sealed class ScheduleLockTests
{
    private const string SourceId = "sample-text";

    [Fact]
    public async Task A_node_scheduling_a_source_waits_for_another_nodes_change_and_keeps_the_trigger_that_node_made()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        await using var host = new SyndicateHost(settings: new Dictionary<string, string?>(database.Settings));
        using var client = host.CreateClient();
        using var store = database.Open();
        var cancellation = TestContext.Current.CancellationToken;
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellation);
        await scheduler.DeleteJob(IngestJob.KeyFor(SourceId), cancellation);
        var otherStart = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

        Task applying;
        await using (await ScheduleLock.TakeAsync(store, cancellation))
        {
            applying = host.Services.GetRequiredService<QuartzTriggerSync>().ApplyAsync(SourceId, cancellation);
            await Eventually.HoldsAsync(async () => await WaitingForAdvisoryLocksAsync(store) == 1, "the node waits for the other node's change");
            await scheduler.ScheduleJob(
                JobBuilder.Create<IngestJob>().WithIdentity(IngestJob.KeyFor(SourceId)).UsingJobData(IngestJob.SourceIdKey, SourceId).Build(),
                [TriggerBuilder.Create()
                    .WithIdentity(QuartzTriggerSync.ScheduleKey(SourceId))
                    .StartAt(otherStart)
                    .WithCronSchedule(SyndicateHost.NeverSchedule, cron => cron.InTimeZone(TimeZoneDatabase.Find(SourceDefinition.DefaultTimeZone)))
                    .Build()],
                new ScheduleJobOptions(),
                cancellation);
        }

        await applying;

        Assert.Equal(otherStart, (await scheduler.GetTrigger(QuartzTriggerSync.ScheduleKey(SourceId), cancellation))!.StartTimeUtc);
    }

    private static async Task<long> WaitingForAdvisoryLocksAsync(Database store)
    {
        await using var connection = await store.OpenAsync(TestContext.Current.CancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
            cancellationToken: TestContext.Current.CancellationToken));
    }
}
