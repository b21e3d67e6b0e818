using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Operations;

public sealed class HealthTests
{
    [Fact]
    public async Task Liveness_answers_healthy_without_checking_any_dependency()
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
        using var body = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Empty(body.RootElement.GetProperty("checks").EnumerateObject());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Readiness_is_healthy_when_the_database_the_scheduler_and_every_source_are()
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateClient();
        await host.IngestAsync("sample-text");
        await host.IngestAsync("sample-html");

        await Eventually.HoldsAsync(async () => (await GetReadinessAsync(client)).Status == HttpStatusCode.OK, "/readyz answers 200");
        var (status, body) = await GetReadinessAsync(client);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        var checks = body.GetProperty("checks");
        Assert.Equal(["database", "publication", "scheduler", "sources"], checks.EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.All(checks.EnumerateObject(), c => Assert.Equal("Healthy", c.Value.GetProperty("status").GetString()));
        Assert.Equal("All 2 sources are healthy.", checks.GetProperty("sources").GetProperty("description").GetString());
    }

    [Fact]
    public async Task Readiness_is_degraded_with_the_reasons_of_a_source_whose_page_vanished()
    {
        using var directory = new TemporaryDirectory();
        var page = Path.Combine(directory.Path, "page.txt");
        File.Copy(Samples.SeedTextPath, page);
        await using var host = new SyndicateHost(directory, new Dictionary<string, string?> { ["Syndicate:Sources:0:Url"] = page });
        using var client = host.CreateClient();
        await host.IngestAsync("sample-text");
        File.Delete(page);
        await Assert.ThrowsAnyAsync<IOException>(() => host.IngestAsync("sample-text"));

        await Eventually.HoldsAsync(async () => (await GetReadinessAsync(client)).Body.GetProperty("checks").GetProperty("scheduler").GetProperty("status").GetString() == "Healthy", "the scheduler is running");
        var (status, body) = await GetReadinessAsync(client);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", body.GetProperty("status").GetString());
        var sources = body.GetProperty("checks").GetProperty("sources");
        Assert.Equal("Degraded", sources.GetProperty("status").GetString());
        Assert.Equal("1 of 2 sources need a look.", sources.GetProperty("description").GetString());
        var troubled = sources.GetProperty("data").GetProperty("sample-text");
        Assert.Equal("Degraded", troubled.GetProperty("state").GetString());
        var problem = troubled.GetProperty("problems")[0];
        Assert.Equal("failed", problem.GetProperty("kind").GetString());
        Assert.StartsWith("1 failed fetch in a row; the last: ", problem.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.True(problem.GetProperty("since").GetDateTimeOffset() <= DateTimeOffset.UtcNow);
        Assert.False(sources.GetProperty("data").TryGetProperty("sample-html", out _));
    }

    [Fact]
    public async Task Readiness_is_unhealthy_503_once_the_scheduler_is_shut_down()
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateClient();
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        await scheduler.Shutdown(waitForJobsToComplete: false, TestContext.Current.CancellationToken);

        var (status, body) = await GetReadinessAsync(client);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        var check = body.GetProperty("checks").GetProperty("scheduler");
        Assert.Equal("Unhealthy", check.GetProperty("status").GetString());
        Assert.Matches("^The scheduler of node [^ ]+ is not available: ", check.GetProperty("description").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readiness_is_unhealthy_while_the_scheduler_is_in_standby()
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateClient();
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        await Eventually.HoldsAsync(async () => await scheduler.GetStatus(TestContext.Current.CancellationToken) == SchedulerStatus.Running, "the scheduler runs");
        await scheduler.Standby(TestContext.Current.CancellationToken);

        var (status, body) = await GetReadinessAsync(client);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Matches("^The scheduler of node [^ ]+ is Standby: no source is fetched here.$", body.GetProperty("checks").GetProperty("scheduler").GetProperty("description").GetString());
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetReadinessAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/readyz", TestContext.Current.CancellationToken);
        using var body = await ReadAsync(response);
        return (response.StatusCode, body.RootElement.Clone());
    }

    private static async Task<JsonDocument> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken), cancellationToken: TestContext.Current.CancellationToken);
    }
}
