using System.Text;
using Syndicate.Core.Feeds;
using Syndicate.Core.Places;
using Syndicate.Core.Wire;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Feeds;

public sealed class FeedRendererTests
{
    private static readonly FeedRenderer Renderer = new(new FeedSite(new Uri("https://feeds.example/"), "feeds.example,2026", "Syndicate", "nl"));
    private static readonly FeedDefinition All = new("all", "All", "Everything", _ => true);

    private static FeedDocument Document(IReadOnlyList<FeedEntry> entries) => new(All, entries, TimeSpan.FromMinutes(5));

    private static FeedEntry Entry(string body, string title = "Titel") => new(
        "abc123", title, body, new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 28, 9, 30, 0, TimeSpan.Zero),
        [AgencyCatalog.Default.All[0], AgencyCatalog.Default.All[2]], "OSLO", new PlaceResolver(Gazetteer.Default, RegionCatalog.Default).Resolve("OSLO").Places, "Buitenland", null);

    [Theory]
    [InlineData(FeedFormat.Rss)]
    [InlineData(FeedFormat.Atom)]
    public void Characters_illegal_in_xml_are_dropped_and_markup_stays_text_even_where_readers_take_html(FeedFormat format)
    {
        var document = Renderer.Render(Document([Entry("Een <b>vet</b> & \u0001\u0008 \uFFFE bericht.", "Kop\u000B met <script>")]), format);

        var item = FeedClient.Load(document).Items.Single();
        Assert.Equal("Kop met <script>", item.Title.Text);
        // An RSS description is HTML to a reader: the text is escaped once more there, so it decodes to itself.
        var text = format == FeedFormat.Rss ? System.Net.WebUtility.HtmlDecode(item.Text()) : item.Text();
        Assert.Equal("OSLO (ANP/RTR) - Een <b>vet</b> &   bericht.", text);
    }

    [Fact]
    public void Rss_declares_atom_once_for_its_self_link_and_writes_no_a10_prefix()
    {
        var xml = Encoding.UTF8.GetString(Renderer.Render(Document([Entry("Tekst.")]), FeedFormat.Rss));

        Assert.DoesNotContain("a10:", xml, StringComparison.Ordinal);
        Assert.Contains("<atom:link href=\"https://feeds.example/feeds/all.rss\" rel=\"self\" type=\"application/rss+xml\" />", xml, StringComparison.Ordinal);
        Assert.Contains("<guid isPermaLink=\"false\">tag:feeds.example,2026:feeds/all/item/abc123</guid>", xml, StringComparison.Ordinal);
        Assert.Contains("<dc:creator>Reuters</dc:creator>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Atom_entries_name_their_agencies_as_authors_and_carry_region_categories()
    {
        var feed = FeedClient.Load(Renderer.Render(Document([Entry("Tekst.")]), FeedFormat.Atom));

        var entry = feed.Items.Single();
        Assert.Equal("tag:feeds.example,2026:feeds/all", feed.Id);
        Assert.Equal(["ANP", "Reuters"], entry.Authors.Select(a => a.Name));
        Assert.Contains(entry.Categories, c => c.Name == "europe" && c.Scheme == "https://feeds.example/feeds/region");
        Assert.Contains(entry.Categories, c => c.Name == "no" && c.Label == "Norway");
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero), entry.PublishDate);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 9, 30, 0, TimeSpan.Zero), entry.LastUpdatedTime);
    }

    [Fact]
    public void An_empty_feed_is_still_a_valid_document()
    {
        foreach (var format in new[] { FeedFormat.Rss, FeedFormat.Atom })
        {
            Assert.Empty(FeedClient.Load(Renderer.Render(Document([]), format)).Items);
        }
    }
}
