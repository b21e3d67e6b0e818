using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using Syndicate.Scheduling;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Scheduling;

/// <summary>The maintenance job on its Quartz schedule (a fake clock): items past their age leave the database and the feeds.</summary>
public sealed class MaintenanceJobTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Noon UTC on 2 February: the first fire is 93 days after <see cref="Start"/>, past the default 90 days items are kept.</summary>
    private const string Schedule = "0 0 12 2 2 ?";

    [Fact]
    public async Task The_job_fires_on_its_schedule_in_utc_deletes_items_past_their_age_and_publishes_the_feeds_without_them()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = new SyndicateHost(settings: new Dictionary<string, string?> { ["Syndicate:Maintenance:Schedule"] = Schedule }, clock: clock);
        using var client = host.CreateClient();
        await host.IngestAsync("sample-text");
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        var trigger = await scheduler.GetTrigger(MaintenanceJob.ScheduleKey, TestContext.Current.CancellationToken);
        var firstFire = new DateTimeOffset(2027, 2, 2, 12, 0, 0, TimeSpan.Zero);
        Assert.Equal(firstFire, trigger!.NextFireTimeUtc);
        Assert.Equal(8, (await client.GetFeedAsync("/feeds/all.atom")).Items.Count());

        clock.SetUtcNow(firstFire);

        await Eventually.HoldsAsync(async () => !(await client.GetFeedAsync("/feeds/all.atom")).Items.Any(), "the feeds are published without the deleted items");
        host.Directory.Dispose();
    }
}
