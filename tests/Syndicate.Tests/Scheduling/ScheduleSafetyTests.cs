using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Scheduling;

/// <summary>A schedule that cannot fire is refused at the door, and one stored earlier never stops the server.</summary>
public sealed class ScheduleSafetyTests
{
    private const string HeldLog = "paused, because its schedule cannot fire";

    private static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("0 0 0 30 2 ?", "'0 0 0 30 2 ?' never fires: no time after 2026-03-02 10:00:00Z matches it")]
    [InlineData("0 0 0 1 1 ? 2020", "'0 0 0 1 1 ? 2020' never fires")]
    [InlineData("* * * * * ?", "cron * * * * * ? polls as often as every second; Syndicate:MinPollInterval allows at most every 10 seconds.")]
    [InlineData("0/5 0 12 * * ?", "polls as often as every 5 seconds")]
    public async Task A_cron_that_never_fires_or_polls_too_often_is_refused_naming_the_field_and_nothing_is_saved(string cron, string reason)
    {
        await using var host = new SyndicateHost(clock: new FakeTimeProvider(Start));
        using var client = host.CreateAdminClient();

        using var changed = await client.PutAsJsonAsync("/admin/api/sources/sample-text/schedule", new { cron }, TestContext.Current.CancellationToken);
        using var added = await client.PostAsJsonAsync(
            "/admin/api/sources", new { id = "new", url = Samples.SeedTextPath, schedule = new { cron } }, TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (changed.StatusCode, added.StatusCode));
        Assert.Contains(reason, Assert.Single((await ProblemAsync(changed)).Errors["cron"]), StringComparison.Ordinal);
        Assert.Contains(reason, Assert.Single((await ProblemAsync(added)).Errors["schedule.cron"]), StringComparison.Ordinal);
        var unchanged = await client.GetSourceAsync("sample-text");
        Assert.Equal(("cron " + SyndicateHost.NeverSchedule, "config"), (unchanged.Schedule.Description, unchanged.ManagedBy));
        using var missing = await client.GetAsync("/admin/api/sources/new", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_floor_is_a_setting_that_refuses_shorter_intervals_and_accepts_its_own()
    {
        await using var host = new SyndicateHost(settings: new Dictionary<string, string?> { ["Syndicate:MinPollInterval"] = "00:01:00" });
        using var client = host.CreateAdminClient();

        using var shorter = await client.PutAsJsonAsync("/admin/api/sources/sample-text/schedule", new { intervalSeconds = 30 }, TestContext.Current.CancellationToken);
        var floor = await client.PutScheduleAsync("sample-text", new { intervalSeconds = 60 });

        Assert.Equal(HttpStatusCode.BadRequest, shorter.StatusCode);
        Assert.Equal(
            "30 must be between 60 (Syndicate:MinPollInterval) and 604800 seconds.",
            Assert.Single((await ProblemAsync(shorter)).Errors["intervalSeconds"]));
        Assert.Equal("every minute", floor.Schedule.Description);
    }

    [Fact]
    public async Task A_stored_schedule_that_can_no_longer_fire_pauses_its_source_at_start_up_logged_once_and_a_new_schedule_resumes_it()
    {
        using var directory = new TemporaryDirectory();
        var sameScheduler = new Dictionary<string, string?> { ["Syndicate:SchedulerName"] = $"held-{Guid.NewGuid():N}" };
        var clock = new FakeTimeProvider(Start);
        await using (var first = new SyndicateHost(directory, sameScheduler, clock))
        {
            using var client = first.CreateAdminClient();
            // Fires once, on 1 June 2026; valid when set.
            await client.PutScheduleAsync("sample-text", new { cron = "0 0 12 1 6 ? 2026" });
        }

        clock.SetUtcNow(new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero));
        var secondLog = new LogLines();
        await using (var second = new SyndicateHost(directory, sameScheduler, clock, services: s => s.AddSingleton<ILoggerProvider>(secondLog)))
        {
            using var client = second.CreateAdminClient();
            var held = await client.GetSourceAsync("sample-text");
            using var feed = await second.CreateClient().GetAsync("/feeds/all.atom", TestContext.Current.CancellationToken);
            using var run = await client.PostAsync("/admin/api/sources/sample-text/run", null, TestContext.Current.CancellationToken);

            Assert.Equal(("paused", null), (held.State, held.NextFireTime));
            Assert.StartsWith("'0 0 12 1 6 ? 2026' never fires", held.PauseReason, StringComparison.Ordinal);
            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Accepted), (feed.StatusCode, run.StatusCode));
            await Eventually.HoldsAsync(async () => (await client.GetFetchesAsync("sample-text")).Length == 1, "run-now still runs a held source");
        }

        var thirdLog = new LogLines();
        await using (var third = new SyndicateHost(directory, sameScheduler, clock, services: s => s.AddSingleton<ILoggerProvider>(thirdLog)))
        {
            using var client = third.CreateAdminClient();
            using var resume = await client.PostAsync("/admin/api/sources/sample-text/resume", null, TestContext.Current.CancellationToken);
            var stillHeld = await client.GetSourceAsync("sample-text");
            var rescheduled = await client.PutScheduleAsync("sample-text", new { intervalSeconds = 600 });

            Assert.Equal(HttpStatusCode.Conflict, resume.StatusCode);
            Assert.Contains("never fires", (await resume.Content.ReadFromJsonAsync<ProblemDetails>(TestContext.Current.CancellationToken))!.Detail, StringComparison.Ordinal);
            Assert.Equal("paused", stillHeld.State);
            Assert.Equal(("enabled", null), (rescheduled.State, rescheduled.PauseReason));
            Assert.Equal(clock.GetUtcNow().AddMinutes(10), rescheduled.NextFireTime);
        }

        var logged = Assert.Single(secondLog.Containing(HeldLog));
        Assert.Contains("sample-text", logged, StringComparison.Ordinal);
        Assert.Empty(thirdLog.Containing(HeldLog));
    }

    [Fact]
    public async Task A_stored_interval_shorter_than_a_raised_floor_pauses_its_source_with_the_reason()
    {
        using var directory = new TemporaryDirectory();
        var sameScheduler = $"floor-{Guid.NewGuid():N}";
        await using (var first = new SyndicateHost(directory, new Dictionary<string, string?> { ["Syndicate:SchedulerName"] = sameScheduler }))
        {
            using var client = first.CreateAdminClient();
            await client.PutScheduleAsync("sample-text", new { intervalSeconds = 30 });
        }

        await using var second = new SyndicateHost(directory, new Dictionary<string, string?>
        {
            ["Syndicate:SchedulerName"] = sameScheduler,
            ["Syndicate:MinPollInterval"] = "00:01:00",
        });
        using var again = second.CreateAdminClient();
        var held = await again.GetSourceAsync("sample-text");

        Assert.Equal(
            ("paused", "every 30 seconds polls as often as every 30 seconds; Syndicate:MinPollInterval allows at most every minute."),
            (held.State, held.PauseReason));
        Assert.Equal("enabled", (await again.GetSourceAsync("sample-html")).State);
    }

    private static async Task<HttpValidationProblemDetails> ProblemAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(TestContext.Current.CancellationToken))!;
}
