using System.Net.Http.Json;
using Syndicate.Admin;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Api;

/// <summary>Region feeds over the gazetteer: double datelines, a country after the comma, unknown places, overrides.</summary>
public sealed class RegionFeedsTests() : SinglePageTests(Page, new Dictionary<string, string?> { ["Syndicate:PlaceOverrides:GENEVA"] = "2660646" })
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
        var feed = await Client.GetFeedAsync($"/feeds/region/{region}.atom");

        Assert.Equal(datelines.Split(";"), feed.Datelines());
    }

    [Fact]
    public async Task Admins_see_the_unplaced_datelines_with_their_item_counts()
    {
        using var admin = Host.CreateAdminClient();

        var unplaced = await admin.GetFromJsonAsync<UnplacedDateline[]>("/admin/api/places/unresolved") ?? [];

        Assert.Equal([new UnplacedDateline("XYZZYVILLE", 1)], unplaced);
    }

    [Fact]
    public async Task The_index_page_groups_the_regions_with_items_under_their_news_region_folds_the_empty_ones_and_names_the_data_licences()
    {
        var html = await Client.GetStringAsync("/");
        var byRegion = html[html.IndexOf("<h2>By region</h2>", StringComparison.Ordinal)..html.IndexOf("<details>", StringComparison.Ordinal)];
        var empty = html[html.IndexOf("<details>", StringComparison.Ordinal)..html.IndexOf("</details>", StringComparison.Ordinal)];

        // Under Europe: Europe itself, its sub-regions and countries with items, in that order; no empty region.
        var europe = byRegion[byRegion.IndexOf("<h3>Europe</h3>", StringComparison.Ordinal)..];
        europe = europe[..europe.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.True(europe.IndexOf("/feeds/region/europe.rss", StringComparison.Ordinal) < europe.IndexOf("/feeds/region/western-europe.rss", StringComparison.Ordinal));
        Assert.Contains("/feeds/region/ch.rss", europe, StringComparison.Ordinal);
        Assert.Contains("/feeds/region/ua.rss", europe, StringComparison.Ordinal);
        Assert.DoesNotContain("/feeds/region/us.rss", europe, StringComparison.Ordinal);
        Assert.DoesNotContain("/feeds/region/fr.rss", byRegion, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/feeds/region/fr\">", empty, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/feeds/agency/tass\">", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("/feeds/region/ch\"", empty, StringComparison.Ordinal);
        Assert.Contains("<h3>North America</h3>", byRegion, StringComparison.Ordinal);
        Assert.Contains("<h3>Middle East</h3>", byRegion, StringComparison.Ordinal);
        Assert.Contains("/feeds/region/unknown.rss", byRegion, StringComparison.Ordinal);
        Assert.Contains("GeoNames", html, StringComparison.Ordinal);
        Assert.Contains("CC BY 4.0", html, StringComparison.Ordinal);
        Assert.Contains("Unicode License v3", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Region_feed_titles_name_the_region_in_english_and_dutch()
    {
        var feed = await Client.GetFeedAsync("/feeds/region/europe.rss");

        Assert.Equal("Syndicate: Europe / Europa", feed.Title.Text);
    }
}
