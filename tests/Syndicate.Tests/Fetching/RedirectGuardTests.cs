using System.Net;
using System.Net.Sockets;
using Syndicate.Fetching;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Fetching;

/// <summary>
/// Redirects followed hop by hop through the guard: a public host (a fake DNS name whose connections the test
/// sends to a real site on loopback) that redirects to a loopback address is refused at that hop; loops, too
/// many hops and non-http targets fail with messages that say so.
/// </summary>
public sealed class RedirectGuardTests : IAsyncLifetime
{
    private const string PublicHost = "wire.example";

    private FaultySite _site = null!;
    private FetcherServices _services = null!;

    public async ValueTask InitializeAsync()
    {
        _site = await FaultySite.StartAsync();
        var resolver = new FakeHostNameResolver(new() { [PublicHost] = [IPAddress.Parse("93.184.215.14")] });
        _services = new FetcherServices(resolver, new LoopbackConnector(), new Dictionary<string, string?> { ["Syndicate:Fetch:MaxRedirects"] = "3" });
    }

    public async ValueTask DisposeAsync()
    {
        _services.Dispose();
        await _site.DisposeAsync();
    }

    private string PublicUrl(string path) => $"http://{PublicHost}:{_site.Root.Port}{path}";

    private Task<FetchedPage> FetchAsync(string url) => _services.Fetcher.FetchAsync(new FetchRequest(url, 1 << 20), CancellationToken.None);

    [Fact]
    public async Task A_public_page_redirecting_within_its_host_is_followed_to_the_final_url()
    {
        var page = await FetchAsync(PublicUrl("/hop/2"));

        Assert.Equal(200, page.Status);
        Assert.Equal(PublicUrl("/buitenland"), page.Url.AbsoluteUri);
    }

    [Fact]
    public async Task A_public_page_redirecting_to_a_loopback_address_is_refused_at_that_hop()
    {
        var refused = await Assert.ThrowsAsync<FetchRefusedException>(() => FetchAsync(PublicUrl("/to-loopback")));

        Assert.Contains("127.0.0.1, which is not a public address", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_to_a_file_url_is_refused_as_not_http()
    {
        var refused = await Assert.ThrowsAsync<FetchRefusedException>(() => FetchAsync(PublicUrl("/to-file")));

        Assert.StartsWith("redirect to file:///etc/passwd refused: only http(s)", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_loop_is_named_with_its_chain()
    {
        _site.Mode = FaultySite.Fault.RedirectLoop;

        var failed = await Assert.ThrowsAsync<RedirectFailedException>(() => FetchAsync(PublicUrl("/buitenland")));

        Assert.Equal($"redirect loop: {PublicUrl("/buitenland")} → {PublicUrl("/loop")} → {PublicUrl("/loop")}", failed.Message);
    }

    [Fact]
    public async Task More_redirects_than_allowed_fail_with_the_chain()
    {
        var failed = await Assert.ThrowsAsync<RedirectFailedException>(() => FetchAsync(PublicUrl("/hop/5")));

        Assert.StartsWith($"too many redirects (more than 3): {PublicUrl("/hop/5")} → {PublicUrl("/hop/4")}", failed.Message, StringComparison.Ordinal);
    }

    /// <summary>Connects whatever address the guard let through to the site on loopback, as if the public host were there.</summary>
    private sealed class LoopbackConnector : ISocketConnector
    {
        public async ValueTask<Stream> ConnectAsync(IPAddress[] addresses, int port, CancellationToken cancellationToken)
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
            await socket.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
    }
}
