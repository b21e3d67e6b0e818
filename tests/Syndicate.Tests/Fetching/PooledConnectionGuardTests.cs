using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Syndicate.Admin;
using Syndicate.Fetching;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Fetching;

/// <summary>
/// The bypass of issue 18: a source allowed private networks keeps a connection to a loopback host and port
/// open in the pool; a source without that permission, on the same host and port, must not be handed it.
/// Both run against a real site on 127.0.0.1 through the real client.
/// </summary>
public sealed class PooledConnectionGuardTests : IAsyncLifetime
{
    private FaultySite _site = null!;

    public async ValueTask InitializeAsync() => _site = await FaultySite.StartAsync();

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_fetch_without_permission_is_refused_right_after_a_permitted_fetch_to_the_same_host_and_port()
    {
        using var services = new FetcherServices(new FakeHostNameResolver([]));
        var permitted = new FetchRequest(_site.PageUrl.AbsoluteUri, 1 << 20) { AllowPrivateNetwork = true };
        var unpermitted = new FetchRequest(new Uri(_site.Root, "/other").AbsoluteUri, 1 << 20);

        var first = await services.Fetcher.FetchAsync(permitted, CancellationToken.None);
        var refused = await Assert.ThrowsAsync<FetchRefusedException>(() => services.Fetcher.FetchAsync(unpermitted, CancellationToken.None));
        var again = await services.Fetcher.FetchAsync(permitted, CancellationToken.None);

        Assert.Equal(200, first.Status);
        Assert.Equal(200, again.Status);
        Assert.Contains("127.0.0.1, which is not a public address", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_polled_together_on_one_loopback_host_and_port_only_the_permitted_one_is_fetched_and_published()
    {
        await using var host = new SyndicateHost(settings: new Dictionary<string, string?>
        {
            ["Syndicate:Sources:0:Id"] = "permitted",
            ["Syndicate:Sources:0:Url"] = _site.PageUrl.AbsoluteUri,
            ["Syndicate:Sources:0:AllowPrivateNetwork"] = "true",
            ["Syndicate:Sources:1:Id"] = "intruder",
            ["Syndicate:Sources:1:Url"] = new Uri(_site.Root, "/other").AbsoluteUri,
            ["Syndicate:Fetch:MinHostSpacing"] = "00:00:00",
        });
        using var client = host.CreateClient();
        using var admin = host.CreateAdminClient();
        await host.IngestAsync("permitted");

        for (var round = 0; round < 5; round++)
        {
            var permitted = host.IngestAsync("permitted");
            var intruder = host.IngestAsync("intruder");
            await permitted;
            await Assert.ThrowsAsync<FetchRefusedException>(() => intruder);
        }

        var status = (await admin.GetFromJsonAsync<SourceStatus>("/admin/api/sources/intruder"))!;
        var feed = await client.GetFeedAsync("/feeds/all.atom");
        Assert.Contains("not a public address", status.LastFetch!.Error, StringComparison.Ordinal);
        Assert.Equal(5, status.ConsecutiveFailures);
        Assert.Equal(8, feed.Items.Count());
        Assert.DoesNotContain(feed.Items, i => i.Text().Contains("LIMA", StringComparison.Ordinal));
        host.Directory.Dispose();
    }

    [Fact]
    public async Task The_server_wide_permission_switched_off_takes_effect_on_the_next_request_not_the_next_connection()
    {
        var settings = new Dictionary<string, string?> { ["Syndicate:Fetch:AllowPrivateNetworks"] = "true" };
        using var services = new FetcherServices(new FakeHostNameResolver([]), settings: settings);
        var request = new FetchRequest(_site.PageUrl.AbsoluteUri, 1 << 20);
        await services.Fetcher.FetchAsync(request, CancellationToken.None);

        services.Configuration["Syndicate:Fetch:AllowPrivateNetworks"] = "false";
        services.Configuration.Reload();

        await Assert.ThrowsAsync<FetchRefusedException>(() => services.Fetcher.FetchAsync(request, CancellationToken.None));
    }

    [Fact]
    public async Task Another_client_registered_through_the_guard_reaches_loopback_only_when_its_request_says_so()
    {
        var services = new ServiceCollection();
        services.AddGuardedHttpClient("callbacks");
        await using var provider = services.BuildServiceProvider();
        using var client = provider.GetRequiredService<IHttpClientFactory>().CreateClient("callbacks");
        using var permitted = new HttpRequestMessage(HttpMethod.Post, _site.PageUrl);
        permitted.Options.Set(GuardedConnectionPools.Reach, NetworkReach.PrivateAllowed);
        using var unpermitted = new HttpRequestMessage(HttpMethod.Post, _site.PageUrl);

        using var answered = await client.SendAsync(permitted);
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => client.SendAsync(unpermitted));

        Assert.True(answered.IsSuccessStatusCode);
        Assert.IsType<FetchRefusedException>(refused.InnerException);
    }
}
