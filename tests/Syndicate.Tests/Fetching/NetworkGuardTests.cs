using System.Net;
using Syndicate.Fetching;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Fetching;

/// <summary>
/// The SSRF guard, exercised through the real source HTTP client with a fake resolver and a
/// connector that opens nothing: whatever the guard does, no packet leaves this process.
/// </summary>
public sealed class NetworkGuardTests : IDisposable
{
    private readonly RecordingConnector _connector = new();
    private readonly FetcherServices _services;
    private readonly PageFetcher _fetcher;

    public NetworkGuardTests()
    {
        var resolver = new FakeHostNameResolver(new Dictionary<string, IPAddress[]>
        {
            ["rebind.example"] = [IPAddress.Loopback],
            ["mixed.example"] = [IPAddress.Parse("93.184.215.14"), IPAddress.Parse("10.1.2.3")],
            ["public.example"] = [IPAddress.Parse("93.184.215.14")],
            ["mapped.example"] = [IPAddress.Parse("::ffff:192.168.1.1")],
        });
        _services = new FetcherServices(resolver, _connector);
        _fetcher = _services.Fetcher;
    }

    public void Dispose() => _services.Dispose();

    [Theory]
    [InlineData("http://127.0.0.1/", "127.0.0.1")]
    [InlineData("http://[::1]/", "::1")]
    [InlineData("http://10.0.0.1/", "10.0.0.1")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "169.254.169.254")]
    [InlineData("http://rebind.example/page", "127.0.0.1")]
    [InlineData("https://mixed.example/page", "10.1.2.3")]
    [InlineData("http://mapped.example/", "192.168.1.1")]
    [InlineData("http://[::ffff:127.0.0.1]:8080/", "127.0.0.1")]
    [InlineData("http://0.0.0.0/", "0.0.0.0")]
    public async Task A_non_public_address_is_refused_after_resolution_and_never_connected(string url, string address)
    {
        var error = await Assert.ThrowsAsync<FetchRefusedException>(() => _fetcher.FetchAsync(new FetchRequest(url, 1024), CancellationToken.None));

        Assert.Contains(address, error.Message, StringComparison.Ordinal);
        Assert.Contains("not a public address", error.Message, StringComparison.Ordinal);
        Assert.Empty(_connector.Attempts);
    }

    [Fact]
    public async Task A_source_allowed_private_networks_gets_through_to_the_connector()
    {
        await Assert.ThrowsAsync<HttpRequestException>(() =>
            _fetcher.FetchAsync(new FetchRequest("http://rebind.example/page", 1024) { AllowPrivateNetwork = true }, CancellationToken.None));

        Assert.NotEmpty(_connector.Attempts);
        Assert.All(_connector.Attempts, a => Assert.Equal("127.0.0.1:80", a));
    }

    [Fact]
    public async Task A_public_address_gets_through_to_the_connector_with_the_checked_address()
    {
        await Assert.ThrowsAsync<HttpRequestException>(() => _fetcher.FetchAsync(new FetchRequest("https://public.example/page", 1024), CancellationToken.None));

        // A lost connection is transient: the attempt may be retried, always to the checked address.
        Assert.NotEmpty(_connector.Attempts);
        Assert.All(_connector.Attempts, a => Assert.Equal("93.184.215.14:443", a));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("file:../../etc/passwd")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("pages/../../outside.txt")]
    public async Task A_file_outside_the_file_root_is_refused(string path)
    {
        var error = await Assert.ThrowsAsync<FetchRefusedException>(() => _fetcher.FetchAsync(new FetchRequest(path, 1024), CancellationToken.None));

        Assert.Contains("file sources must lie below Syndicate:Fetch:FileRoot", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_below_the_file_root_is_read()
    {
        Directory.CreateDirectory(Path.Combine(_services.Root.Path, "pages"));
        await File.WriteAllTextAsync(Path.Combine(_services.Root.Path, "pages", "page.txt"), "OSLO (ANP) - Tekst.");

        var page = await _fetcher.FetchAsync(new FetchRequest("pages/../pages/page.txt", 1024), CancellationToken.None);

        Assert.Equal("OSLO (ANP) - Tekst."u8.ToArray(), page.Content);
    }

    /// <summary>Records where the guard let a connection go, and opens none.</summary>
    private sealed class RecordingConnector : ISocketConnector
    {
        public List<string> Attempts { get; } = [];

        public ValueTask<Stream> ConnectAsync(IPAddress[] addresses, int port, CancellationToken cancellationToken)
        {
            lock (Attempts)
            {
                Attempts.AddRange(addresses.Select(a => new IPEndPoint(a, port).ToString()));
            }

            throw new IOException("The test connector opens no connection.");
        }
    }
}
