using System.Text.Json;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Api;

/// <summary>A source that floods its page fills at most its share of a feed while another source has items for it.</summary>
public sealed class SourceShareTests : IAsyncLifetime
{
    private readonly TemporaryDirectory _directory = new();

    private string FloodPage => Path.Combine(_directory.Path, "flood.txt");

    private string QuietPage => Path.Combine(_directory.Path, "quiet.txt");

    public async ValueTask InitializeAsync()
    {
        var now = DateTimeOffset.UtcNow;
        await WirePages.WriteAsync(QuietPage, 1000, 2, now.AddHours(-2), agency: "AFP");
        await WirePages.WriteAsync(FloodPage, 1, 80, now.AddMinutes(-1));
    }

    public ValueTask DisposeAsync()
    {
        _directory.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<IReadOnlyList<string>> AgenciesOfAsync(string? share, string url)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Syndicate:Sources:0:Url"] = FloodPage,
            ["Syndicate:Sources:1:Url"] = QuietPage,
        };
        if (share is not null)
        {
            settings["Syndicate:MaxSourceShare"] = share;
        }

        await using var host = new SyndicateHost(new TemporaryDirectory(), settings);
        using var client = host.CreateClient();
        await host.IngestAsync("sample-text");
        await host.IngestAsync("sample-html");
        using var feed = JsonDocument.Parse(await client.GetStringAsync(url));
        host.Directory.Dispose();
        return [.. feed.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("_wire").GetProperty("agencies")[0].GetString()!)];
    }

    [Fact]
    public async Task The_older_items_of_a_quiet_source_stay_in_a_feed_a_flooding_source_could_fill_alone()
    {
        var agencies = await AgenciesOfAsync(share: null, "/feeds/all.json");

        Assert.Equal(50, agencies.Count);
        Assert.Equal((48, 2), (agencies.Count(a => a == "anp"), agencies.Count(a => a == "afp")));
        Assert.Equal(["afp", "afp"], agencies.TakeLast(2));
    }

    [Fact]
    public async Task A_view_keeps_the_share_too()
    {
        var agencies = await AgenciesOfAsync(share: null, "/feeds/region/europe.json?limit=10");

        Assert.Equal((8, 2), (agencies.Count(a => a == "anp"), agencies.Count(a => a == "afp")));
    }

    [Fact]
    public async Task A_share_of_one_lets_the_newest_items_fill_the_feed_whatever_their_source()
    {
        var agencies = await AgenciesOfAsync(share: "1", "/feeds/all.json");

        Assert.Equal(Enumerable.Repeat("anp", 50), agencies);
    }
}
