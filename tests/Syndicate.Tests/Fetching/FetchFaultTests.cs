using System.Net.Http.Json;
using Syndicate.Admin;
using Syndicate.Fetching;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Fetching;

/// <summary>
/// A source on a real local server that fails the ways real sites do: the feeds keep the last good
/// items, the source's status says why, nothing is lost or doubled, and the source recovers.
/// </summary>
public sealed class FetchFaultTests : IAsyncLifetime
{
    private FaultySite _site = null!;
    private SyndicateHost _host = null!;
    private HttpClient _client = null!;
    private HttpClient _admin = null!;

    public async ValueTask InitializeAsync()
    {
        _site = await FaultySite.StartAsync();
        _host = new SyndicateHost(settings: new Dictionary<string, string?>
        {
            ["Syndicate:Sources:0:Id"] = "wire",
            ["Syndicate:Sources:0:Url"] = _site.PageUrl.AbsoluteUri,
            ["Syndicate:Sources:0:AllowPrivateNetwork"] = "true",
            ["Syndicate:Sources:1:Id"] = "moved",
            ["Syndicate:Sources:1:Url"] = new Uri(_site.PageUrl, "/moved").AbsoluteUri,
            ["Syndicate:Sources:1:AllowPrivateNetwork"] = "true",
            ["Syndicate:Fetch:AttemptTimeout"] = "00:00:01",
            ["Syndicate:Fetch:TotalTimeout"] = "00:00:05",
            ["Syndicate:Fetch:Retries"] = "1",
            ["Syndicate:Fetch:RetryDelay"] = "00:00:00.050",
            ["Syndicate:Fetch:MinHostSpacing"] = "00:00:00",
        });
        _client = _host.CreateClient();
        _admin = _host.CreateAdminClient();
        await _host.IngestAsync("wire");
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        _admin.Dispose();
        await _host.DisposeAsync();
        _host.Directory.Dispose();
        await _site.DisposeAsync();
    }

    private async Task<SourceStatus> StatusAsync(string sourceId = "wire") =>
        (await _admin.GetFromJsonAsync<SourceStatus>($"/admin/api/sources/{sourceId}"))!;

    private async Task<IReadOnlyList<string>> EntryIdsAsync() =>
        [.. (await _client.GetFeedAsync("/feeds/all.atom")).Items.Select(i => i.Id)];

    [Theory]
    [InlineData(FaultySite.Fault.ServerError, "500")]
    [InlineData(FaultySite.Fault.TooManyRequests, "429")]
    [InlineData(FaultySite.Fault.Slow, "timeout")]
    [InlineData(FaultySite.Fault.Truncated, "")]
    [InlineData(FaultySite.Fault.RedirectLoop, "redirect loop: ")]
    [InlineData(FaultySite.Fault.Garbage, "over the limit of 5,242,880 bytes")]
    public async Task A_failing_source_keeps_the_feeds_says_why_and_recovers(FaultySite.Fault fault, string reason)
    {
        var before = await EntryIdsAsync();
        _site.Mode = fault;

        await Assert.ThrowsAnyAsync<Exception>(() => _host.IngestAsync("wire"));

        var failing = await StatusAsync();
        Assert.Equal(before, await EntryIdsAsync());
        Assert.False(failing.LastFetch!.Succeeded);
        Assert.Contains(reason, failing.LastFetch.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, failing.ConsecutiveFailures);
        Assert.Equal("degraded", failing.Health);

        _site.Mode = FaultySite.Fault.None;
        await _host.IngestAsync("wire");

        var recovered = await StatusAsync();
        Assert.Equal(before, await EntryIdsAsync());
        Assert.Equal("healthy", recovered.Health);
        Assert.Equal(0, recovered.ConsecutiveFailures);
    }

    [Fact]
    public async Task A_429_with_retry_after_postpones_the_source_and_is_not_retried()
    {
        _site.Mode = FaultySite.Fault.TooManyRequests;
        var requests = _site.Requests;

        await Assert.ThrowsAsync<SourceThrottledException>(() => _host.IngestAsync("wire"));

        var status = await StatusAsync();
        Assert.Equal(requests + 1, _site.Requests);
        Assert.Equal(429, status.LastFetch!.HttpStatus);
        Assert.NotNull(status.NotBefore);
        Assert.InRange(status.NotBefore.Value - status.LastFetch.StartedAt, TimeSpan.FromSeconds(119), TimeSpan.FromSeconds(121));
    }

    [Fact]
    public async Task A_followed_redirect_is_recorded_with_the_final_url()
    {
        await _host.IngestAsync("moved");

        var status = await StatusAsync("moved");
        Assert.True(status.LastFetch!.Succeeded);
        Assert.Equal(_site.PageUrl.AbsoluteUri, status.LastFetch.FinalUrl);
    }

    [Fact]
    public async Task An_unchanged_page_answers_304_and_costs_no_parsing()
    {
        var outcome = await _host.IngestAsync("wire");

        var status = await StatusAsync();
        Assert.Equal(0, outcome.Seen);
        Assert.Equal(304, status.LastFetch!.HttpStatus);
        Assert.True(status.LastFetch.Succeeded);
        Assert.Equal(8, (await EntryIdsAsync()).Count);
    }

    [Fact]
    public async Task A_latin1_page_labelled_utf8_gives_the_same_items_not_new_ones()
    {
        var before = await EntryIdsAsync();
        _site.Mode = FaultySite.Fault.WrongCharset;

        var outcome = await _host.IngestAsync("wire");

        Assert.Equal((8, 0), (outcome.Seen, outcome.Added));
        Assert.Equal(before, await EntryIdsAsync());
    }

    [Fact]
    public async Task Repeated_failures_back_off_and_the_status_says_failing()
    {
        _site.Mode = FaultySite.Fault.ServerError;

        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => _host.IngestAsync("wire"));
        }

        var status = await StatusAsync();
        Assert.Equal("failing", status.Health);
        Assert.Equal(3, status.ConsecutiveFailures);
        Assert.NotNull(status.NotBefore);
        Assert.Equal(8, (await EntryIdsAsync()).Count);
    }
}
