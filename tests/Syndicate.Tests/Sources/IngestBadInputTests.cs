using Syndicate.Sources;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Sources;

/// <summary>A source whose page goes bad: a clear error, nothing stored, nothing stored earlier lost.</summary>
public sealed class IngestBadInputTests : IAsyncLifetime
{
    private readonly TemporaryDirectory _directory = new();
    private SyndicateHost _host = null!;
    private HttpClient _client = null!;
    private string _page = null!;

    public async ValueTask InitializeAsync()
    {
        _page = Path.Combine(_directory.Path, "page.txt");
        File.Copy(Samples.SeedTextPath, _page);
        _host = new SyndicateHost(_directory, new Dictionary<string, string?>
        {
            ["Syndicate:Sources:0:Url"] = _page,
            ["Syndicate:MaxPageBytes"] = "8192",
        });
        _client = _host.CreateClient();
        await _host.IngestAsync("sample-text");
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        _directory.Dispose();
    }

    [Theory]
    [InlineData("binary", "The page is binary")]
    [InlineData("empty", "The page is empty (0 bytes).")]
    [InlineData("large", "The page is 8,193 bytes, over the limit of 8,192 bytes.")]
    public async Task A_refused_page_fails_with_the_reason_and_keeps_every_stored_item(string kind, string reason)
    {
        await File.WriteAllBytesAsync(_page, kind switch
        {
            "binary" => [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x00, 0x01, 0x02, 0xFF],
            "empty" => [],
            _ => new byte[20_000].Select(_ => (byte)'a').ToArray(),
        });

        var error = await Assert.ThrowsAsync<PageRejectedException>(() => _host.IngestAsync("sample-text"));

        Assert.StartsWith(reason, error.Reason, StringComparison.Ordinal);
        Assert.Equal(8, (await _client.GetFeedAsync("/feeds/all.atom")).Items.Count());
    }

    [Fact]
    public async Task A_page_without_items_stores_nothing_and_keeps_every_stored_item()
    {
        await File.WriteAllTextAsync(_page, "Het weer: morgen regen.\nMeer uit Buitenland\nGeen berichten.");

        var outcome = await _host.IngestAsync("sample-text");

        Assert.Equal(0, outcome.Seen);
        Assert.Equal(8, (await _client.GetFeedAsync("/feeds/all.atom")).Items.Count());
    }

    [Fact]
    public async Task A_missing_file_fails_with_an_io_error_and_keeps_every_stored_item()
    {
        File.Delete(_page);

        await Assert.ThrowsAnyAsync<IOException>(() => _host.IngestAsync("sample-text"));

        Assert.Equal(8, (await _client.GetFeedAsync("/feeds/all.atom")).Items.Count());
    }
}
