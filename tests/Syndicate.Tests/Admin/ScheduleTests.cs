using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using Syndicate.Admin;
using Syndicate.Scheduling;
using Syndicate.Settings;
using Syndicate.Sources;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Admin;

/// <summary>Schedules changed through the admin API, on Quartz's persistent store and a fake clock.</summary>
public sealed class ScheduleTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_schedule_change_survives_a_restart_with_its_next_fire_time()
    {
        using var directory = new TemporaryDirectory();
        var sameScheduler = new Dictionary<string, string?> { ["Syndicate:SchedulerName"] = $"restart-{Guid.NewGuid():N}" };
        var clock = new FakeTimeProvider(Start);
        SourceStatus changed;
        await using (var first = new SyndicateHost(directory, sameScheduler, clock))
        {
            using var client = first.CreateAdminClient();
            changed = await client.PutScheduleAsync("sample-text", new { intervalSeconds = 3600 });
        }

        clock.Advance(TimeSpan.FromMinutes(10));
        await using var second = new SyndicateHost(directory, sameScheduler, clock);
        using var again = second.CreateAdminClient();
        var after = await again.GetSourceAsync("sample-text");

        Assert.Equal(Start.AddHours(1), changed.NextFireTime);
        Assert.Equal(("interval", 3600), (after.Schedule.Kind, after.Schedule.IntervalSeconds));
        Assert.Equal("api", after.ManagedBy);
        // Kept as stored, not rebuilt from the registry (which would count the hour from the restart).
        Assert.Equal(Start.AddHours(1), after.NextFireTime);
    }

    [Fact]
    public async Task A_cron_schedule_is_in_force_at_once_in_the_sources_time_zone()
    {
        await using var host = new SyndicateHost(clock: new FakeTimeProvider(Start));
        using var client = host.CreateAdminClient();

        var status = await client.PutScheduleAsync("sample-text", new { cron = "0 0 12 * * ?" });

        // Noon in Amsterdam on 2 March is 11:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 11, 0, 0, TimeSpan.Zero), status.NextFireTime);
        Assert.Equal("cron 0 0 12 * * ?", status.Schedule.Description);
    }

    [Theory]
    [InlineData("every five minutes")]
    [InlineData("0 0 25 * * ?")]
    public async Task A_bad_cron_expression_answers_400_with_the_parsers_message(string cron)
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateAdminClient();
        var parserMessage = Assert.Throws<FormatException>(() => CronExpression.Parse(cron)).Message;

        using var response = await client.PutAsJsonAsync("/admin/api/sources/sample-text/schedule", new { cron }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(TestContext.Current.CancellationToken);
        Assert.Contains(parserMessage, Assert.Single(problem!.Errors["cron"]), StringComparison.Ordinal);
        Assert.Equal("cron " + SyndicateHost.NeverSchedule, (await client.GetSourceAsync("sample-text")).Schedule.Description);
    }

    [Theory]
    [InlineData("{}", "schedule")]
    [InlineData("""{"intervalSeconds": 1}""", "intervalSeconds")]
    [InlineData("""{"adaptiveMinSeconds": 60}""", "adaptiveMaxSeconds")]
    [InlineData("""{"adaptiveMinSeconds": 600, "adaptiveMaxSeconds": 60}""", "adaptiveMaxSeconds")]
    [InlineData("""{"cron": "0 * * * * ?", "intervalSeconds": 60}""", "schedule")]
    public async Task A_bad_schedule_answers_400_naming_the_field(string body, string field)
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateAdminClient();

        using var response = await client.PutAsync(
            "/admin/api/sources/sample-text/schedule", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(TestContext.Current.CancellationToken);
        Assert.Contains(field, problem!.Errors.Keys);
    }

    [Fact]
    public async Task Run_now_runs_the_source_exactly_once()
    {
        await using var host = new SyndicateHost(clock: new FakeTimeProvider(Start));
        using var client = host.CreateAdminClient();

        using var response = await client.PostAsync("/admin/api/sources/sample-text/run", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        await Eventually.HoldsAsync(async () => (await client.GetFetchesAsync("sample-text")).Length > 0, "the run-now fetch is recorded");
        await Eventually.HoldsAsync(
            async () => (await scheduler.GetTriggersOfJob(IngestJob.KeyFor("sample-text"), TestContext.Current.CancellationToken)).Count == 1,
            "the one-off trigger is gone, leaving the schedule's");
        var fetch = Assert.Single(await client.GetFetchesAsync("sample-text"));
        Assert.Equal((true, 8, 8), (fetch.Succeeded, fetch.ItemsFound, fetch.ItemsNew));
    }

    [Fact]
    public async Task A_scheduled_fetch_records_the_fire_it_ran_for_and_the_node_and_a_run_now_records_no_fire()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = new SyndicateHost(clock: clock);
        using var client = host.CreateAdminClient();
        await client.PutScheduleAsync("sample-text", new { intervalSeconds = 60 });

        clock.Advance(TimeSpan.FromSeconds(61));
        await Eventually.HoldsAsync(async () => (await client.GetFetchesAsync("sample-text")).Length == 1, "the schedule fires");
        using var run = await client.PostAsync("/admin/api/sources/sample-text/run", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        await Eventually.HoldsAsync(async () => (await client.GetFetchesAsync("sample-text")).Length == 2, "the run-now fetch is recorded");

        var node = host.Services.GetRequiredService<NodeName>().Value;
        Assert.Equal<(DateTimeOffset?, string?)>(
            [(null, node), (Start.AddSeconds(60), node)],
            (await client.GetFetchesAsync("sample-text")).Select(f => (f.ScheduledFireTime, f.Node)));
    }

    [Fact]
    public async Task A_paused_source_does_not_fire_while_a_later_source_does()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = new SyndicateHost(clock: clock);
        using var client = host.CreateAdminClient();
        await client.PutScheduleAsync("sample-text", new { intervalSeconds = 60 });
        var paused = await client.PostAsync("sample-text", "pause");
        await client.PutScheduleAsync("sample-html", new { intervalSeconds = 120 });

        // The paused source would be due first; the other one firing afterwards proves the scheduler ran past it.
        clock.Advance(TimeSpan.FromSeconds(61));
        clock.Advance(TimeSpan.FromSeconds(60));
        await Eventually.HoldsAsync(async () => (await client.GetFetchesAsync("sample-html")).Length > 0, "the unpaused source fires");

        Assert.Equal(("paused", null), (paused.State, paused.NextFireTime));
        Assert.Empty(await client.GetFetchesAsync("sample-text"));
        var resumed = await client.PostAsync("sample-text", "resume");
        Assert.Equal("enabled", resumed.State);
    }

    [Fact]
    public async Task An_unknown_source_answers_404_problem_details()
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateAdminClient();

        using var response = await client.PostAsync("/admin/api/sources/nowhere/pause", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(TestContext.Current.CancellationToken);
        Assert.Equal("Unknown source", problem!.Title);
    }
}
