using System.Net.Http.Json;
using Syndicate.Admin;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Api;

/// <summary>Region feeds over the gazetteer: double datelines, a country after the comma, unknown places, overrides.</summary>
public sealed class RegionFeedsTests : IAsyncLifetime
{
    private const string Page = """
        WASHINGTON/KYIV (AP) - De Verenigde Staten en Oekraïne hebben een nieuw akkoord gesloten.
        5 minuten geleden
        FALLUJA, Iraq (Reuters) - Iraqi forces retook the western district on Tuesday.
        10 minuten geleden
        XYZZYVILLE (ANP) - In een dorp dat op geen enkele kaart staat is een feest gevierd.
        12 minuten geleden
        GENEVA (AFP) - Talks resumed at the United Nations on Monday morning.
        15 minuten geleden
        """;

    private readonly TemporaryDirectory _directory = new();
    private SyndicateHost _host = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        var page = Path.Combine(_directory.Path, "page.txt");
        await File.WriteAllTextAsync(page, Page);
        _host = new SyndicateHost(_directory, new Dictionary<string, string?>
        {
            ["Syndicate:Sources:0:Url"] = page,
            ["Syndicate:PlaceOverrides:GENEVA"] = "2660646",
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
    [InlineData("north-america", "WASHINGTON/KYIV")]
    [InlineData("us", "WASHINGTON/KYIV")]
    [InlineData("europe", "WASHINGTON/KYIV;GENEVA")]
    [InlineData("ua", "WASHINGTON/KYIV")]
    [InlineData("eastern-europe", "WASHINGTON/KYIV")]
    [InlineData("middle-east", "FALLUJA, Iraq")]
    [InlineData("iq", "FALLUJA, Iraq")]
    [InlineData("ch", "GENEVA")]
    [InlineData("western-europe", "GENEVA")]
    [InlineData("unknown", "XYZZYVILLE")]
    public async Task Each_region_feed_lists_the_items_datelined_in_it(string region, string datelines)
    {
        var feed = await _client.GetFeedAsync($"/feeds/region/{region}.atom");

        Assert.Equal(datelines.Split(";"), feed.Datelines());
    }

    [Fact]
    public async Task Admins_see_the_unplaced_datelines_with_their_item_counts()
    {
        using var admin = _host.CreateAdminClient();

        var unplaced = await admin.GetFromJsonAsync<UnplacedDateline[]>("/admin/api/places/unresolved") ?? [];

        Assert.Equal([new UnplacedDateline("XYZZYVILLE", 1)], unplaced);
    }

    [Fact]
    public async Task Region_feed_titles_name_the_region_in_english_and_dutch()
    {
        var feed = await _client.GetFeedAsync("/feeds/region/europe.rss");

        Assert.Equal("Syndicate: Europe / Europa", feed.Title.Text);
    }
}
