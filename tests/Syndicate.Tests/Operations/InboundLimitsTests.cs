using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Syndicate.Admin;
using Syndicate.Operations;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Operations;

public sealed class InboundLimitsTests
{
    private static readonly Dictionary<string, string?> ThreePerMinute = new() { ["Syndicate:RateLimit:RequestsPerMinute"] = "3" };

    [Fact]
    public async Task A_client_over_the_rate_limit_is_answered_429_with_Retry_After_and_problem_details()
    {
        await using var host = new SyndicateHost(settings: ThreePerMinute, services: TestClientAddress.Is(TestClientAddress.Outside));
        using var client = host.CreateClient();
        string[] paths = ["/", "/feeds/all.atom", "/feeds/all.rss"];
        foreach (var path in paths)
        {
            using var allowed = await client.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var response = await client.GetAsync("/feeds/all.atom", TestContext.Current.CancellationToken);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.InRange(response.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(20));
        Assert.Equal("Too many requests", problem!.Title);
        Assert.Contains("Syndicate:RateLimit:RequestsPerMinute", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rate_limit_counts_each_client_address_on_its_own()
    {
        await using var host = new SyndicateHost(settings: ThreePerMinute, services: TestClientAddress.Is(TestClientAddress.Outside));
        using var client = host.CreateClient();
        for (var i = 0; i < 4; i++)
        {
            (await client.GetAsync("/", TestContext.Current.CancellationToken)).Dispose();
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { { TestClientAddress.Header, "198.51.100.7" } } };
        using var other = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Admin_health_and_metrics_endpoints_are_not_rate_limited()
    {
        await using var host = new SyndicateHost(settings: ThreePerMinute, services: TestClientAddress.Is("127.0.0.1"));
        using var client = host.CreateAdminClient();

        foreach (var path in new[] { "/healthz", "/readyz", "/metrics", "/admin/api/sources", "/admin" })
        {
            for (var i = 0; i < 5; i++)
            {
                using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
                Assert.NotEqual(HttpStatusCode.TooManyRequests, response.StatusCode);
            }
        }
    }

    [Fact]
    public async Task A_rate_below_one_request_a_minute_stops_the_start_with_a_message_naming_the_setting()
    {
        await using var host = new SyndicateHost(settings: new Dictionary<string, string?> { ["Syndicate:RateLimit:RequestsPerMinute"] = "0" });

        var problem = Assert.Single(host.StartupProblems());

        Assert.StartsWith("Syndicate:RateLimit:RequestsPerMinute 0 must be between 1 and 100000000 (default 600)", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/feeds/all.atom")]
    [InlineData("/feeds/region/nowhere.rss")]
    [InlineData("/healthz")]
    [InlineData("/admin/api/sources")]
    [InlineData("/no-such-page")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/admin")]
    public async Task Html_pages_carry_the_strict_content_security_policy(string path)
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SecurityHeaders.HtmlContentSecurityPolicy, Header(response, "Content-Security-Policy"));
        // script-src 'self' allows no inline script: every <script> must load a file.
        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)[^>]*>", html);
    }

    [Fact]
    public async Task Feeds_carry_no_content_security_policy()
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/feeds/all.atom", TestContext.Current.CancellationToken);

        Assert.Null(Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task A_too_large_admin_request_body_is_answered_413_by_the_real_server()
    {
        using var directory = new TemporaryDirectory();
        await using var server = ServerProcess.Start(directory, new Dictionary<string, string> { ["SYNDICATE_ADMIN_KEY"] = SyndicateHost.AdminKey });
        await server.WaitUntilServingAsync();
        var padding = new string('x', 70 * 1024);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/api/sources")
        {
            Headers = { { ApiKey.HeaderName, SyndicateHost.AdminKey } },
            Content = new StringContent($$"""{"id":"big","url":"https://example.org/{{padding}}"}""", Encoding.UTF8, "application/json"),
        };

        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(",", values) : null;
}
