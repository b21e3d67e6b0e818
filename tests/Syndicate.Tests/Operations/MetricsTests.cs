using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Syndicate.Admin;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Operations;

public sealed class MetricsTests
{
    [Fact]
    public async Task Metrics_count_fetches_by_outcome_new_items_feed_requests_and_time_ingests_and_renders()
    {
        using var directory = new TemporaryDirectory();
        var page = Path.Combine(directory.Path, "page.txt");
        File.Copy(Samples.SeedTextPath, page);
        await using var host = new SyndicateHost(
            directory, new Dictionary<string, string?> { ["Syndicate:Sources:0:Url"] = page }, services: TestClientAddress.Is("127.0.0.1"));
        using var client = host.CreateClient();
        await host.IngestAsync("sample-text");
        File.Delete(page);
        await Assert.ThrowsAnyAsync<IOException>(() => host.IngestAsync("sample-text"));
        (await client.GetAsync("/feeds/all.atom", TestContext.Current.CancellationToken)).Dispose();
        (await client.GetAsync("/feeds/region/nowhere.atom", TestContext.Current.CancellationToken)).Dispose();

        using var response = await client.GetAsync("/metrics", TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains(Series(text, "syndicate_fetches_total"), s => s.Contains("outcome=\"ok\"", StringComparison.Ordinal) && s.Contains("source=\"sample-text\"", StringComparison.Ordinal));
        Assert.Contains(Series(text, "syndicate_fetches_total"), s => s.Contains("outcome=\"failed\"", StringComparison.Ordinal));
        Assert.Contains(Series(text, "syndicate_items_ingested_total"), s => s.Contains("source=\"sample-text\"", StringComparison.Ordinal));
        Assert.Contains(Series(text, "syndicate_feed_requests_total"), s => s.Contains("status=\"200\"", StringComparison.Ordinal));
        Assert.Contains(Series(text, "syndicate_feed_requests_total"), s => s.Contains("status=\"404\"", StringComparison.Ordinal));
        Assert.NotEmpty(Series(text, "syndicate_ingest_duration_seconds_bucket"));
        Assert.NotEmpty(Series(text, "syndicate_render_duration_seconds_bucket"));
    }

    [Fact]
    public async Task A_page_the_reader_refuses_counts_as_a_parse_failure()
    {
        using var directory = new TemporaryDirectory();
        var page = Path.Combine(directory.Path, "page.txt");
        await File.WriteAllTextAsync(page, new string('x', 4096), TestContext.Current.CancellationToken);
        await using var host = new SyndicateHost(
            directory,
            new Dictionary<string, string?> { ["Syndicate:Sources:0:Url"] = page, ["Syndicate:MaxPageBytes"] = "1024" },
            services: TestClientAddress.Is("127.0.0.1"));
        using var client = host.CreateClient();
        await Assert.ThrowsAnyAsync<Exception>(() => host.IngestAsync("sample-text"));

        var text = await client.GetStringAsync("/metrics", TestContext.Current.CancellationToken);

        Assert.Contains(Series(text, "syndicate_pages_rejected_total"), s => s.Contains("source=\"sample-text\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task Loopback_clients_read_metrics_without_a_key(string address)
    {
        await using var host = new SyndicateHost(services: TestClientAddress.Is(address));
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/metrics", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_outside_client_without_the_admin_key_is_refused_403_with_problem_details()
    {
        await using var host = new SyndicateHost(services: TestClientAddress.Is(TestClientAddress.Outside));
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/metrics", TestContext.Current.CancellationToken);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Syndicate:Metrics:AllowedNetworks", problem!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_outside_client_with_the_admin_key_reads_metrics()
    {
        await using var host = new SyndicateHost(services: TestClientAddress.Is(TestClientAddress.Outside));
        using var client = host.CreateAdminClient();

        using var response = await client.GetAsync("/metrics", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_outside_client_with_a_wrong_key_is_refused_401_with_a_challenge()
    {
        await using var host = new SyndicateHost(services: TestClientAddress.Is(TestClientAddress.Outside));
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKey.HeaderName, "not-the-admin-key-at-all");

        using var response = await client.GetAsync("/metrics", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(AdminSignIn.Challenge, response.Headers.WwwAuthenticate.ToString());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_configured_network_lets_its_clients_read_metrics_and_loopback_is_then_not_implied()
    {
        await using var host = new SyndicateHost(
            settings: new Dictionary<string, string?> { ["Syndicate:Metrics:AllowedNetworks:0"] = "203.0.113.0/24" },
            services: TestClientAddress.Is(TestClientAddress.Outside));
        using var client = host.CreateClient();

        using var inside = await client.GetAsync("/metrics", TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { { TestClientAddress.Header, "127.0.0.1" } } };
        using var loopback = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, inside.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, loopback.StatusCode);
    }

    [Fact]
    public async Task A_network_that_is_not_CIDR_stops_the_start_with_a_message_naming_the_setting()
    {
        await using var host = new SyndicateHost(settings: new Dictionary<string, string?> { ["Syndicate:Metrics:AllowedNetworks:0"] = "10.0.0.0/33" });

        var problem = Assert.Single(host.StartupProblems());

        Assert.StartsWith("Syndicate:Metrics:AllowedNetworks:0 '10.0.0.0/33' is not a CIDR network", problem, StringComparison.Ordinal);
    }

    /// <summary>The sample lines of one metric: its name, then labels or a space.</summary>
    [Fact]
    public async Task Metrics_and_readiness_name_the_node()
    {
        await using var host = new SyndicateHost(
            settings: new Dictionary<string, string?> { ["Syndicate:Cluster:InstanceId"] = "node-b", ["Syndicate:SchedulerStartDelay"] = "00:00:00" },
            services: TestClientAddress.Is("127.0.0.1"));
        using var client = host.CreateClient();

        var metrics = await client.GetStringAsync("/metrics", TestContext.Current.CancellationToken);
        await Eventually.HoldsAsync(
            async () => (await client.GetStringAsync("/readyz", TestContext.Current.CancellationToken)).Contains("The scheduler of node node-b is running.", StringComparison.Ordinal),
            "readiness names the node's running scheduler");

        Assert.Contains(Series(metrics, "target_info"), s => s.Contains("service_instance_id=\"node-b\"", StringComparison.Ordinal) && s.Contains("service_name=\"syndicate\"", StringComparison.Ordinal));
    }

    private static List<string> Series(string exposition, string name) =>
        [.. exposition.Split('\n').Where(l => l.StartsWith(name + "{", StringComparison.Ordinal) || l.StartsWith(name + " ", StringComparison.Ordinal))];
}
