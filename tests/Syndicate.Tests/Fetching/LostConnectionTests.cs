using Syndicate.Fetching;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Fetching;

/// <summary>A connection lost in the middle of a body: a GET is tried again; a request that is not idempotent is not.</summary>
public sealed class LostConnectionTests : IAsyncLifetime
{
    private FaultySite _site = null!;
    private FetcherServices _services = null!;

    public async ValueTask InitializeAsync()
    {
        _site = await FaultySite.StartAsync();
        _services = new FetcherServices(new FakeHostNameResolver([]));
    }

    public async ValueTask DisposeAsync()
    {
        _services.Dispose();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task A_get_whose_body_breaks_off_is_retried_and_reads_the_whole_page()
    {
        _site.Mode = FaultySite.Fault.TruncatedOnce;

        var page = await _services.Fetcher.FetchAsync(new FetchRequest(_site.PageUrl.AbsoluteUri, 1 << 20) { AllowPrivateNetwork = true }, CancellationToken.None);

        Assert.Equal(2, _site.Requests);
        Assert.Equal(await File.ReadAllBytesAsync(Samples.SeedTextPath), page.Content);
    }

    [Fact]
    public async Task A_get_whose_body_always_breaks_off_fails_after_its_retries()
    {
        _site.Mode = FaultySite.Fault.Truncated;

        await Assert.ThrowsAsync<HttpRequestException>(() =>
            _services.Fetcher.FetchAsync(new FetchRequest(_site.PageUrl.AbsoluteUri, 1 << 20) { AllowPrivateNetwork = true }, CancellationToken.None));

        Assert.Equal(2, _site.Requests);
    }

    [Fact]
    public async Task A_post_whose_body_breaks_off_is_not_retried()
    {
        _site.Mode = FaultySite.Fault.TruncatedOnce;
        using var client = _services.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, _site.PageUrl);
        request.Options.Set(GuardedConnectionPools.Reach, NetworkReach.PrivateAllowed);
        request.Options.Set(ResponseBodyReader.MaxBytes, 1 << 20);

        await Assert.ThrowsAsync<HttpRequestException>(() => client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead));

        Assert.Equal(1, _site.Requests);
    }
}
