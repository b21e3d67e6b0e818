using System.Globalization;
using System.Text;
using Syndicate.Core.Feeds;
using Syndicate.Core.Places;
using Syndicate.Pages;
using Syndicate.Publishing;

namespace Syndicate.Api;

/// <summary>
/// The home page: the latest items per news region and per agency, then every feed with items with its page, its
/// RSS, Atom and JSON links and how many items it carries (regions grouped under their news region), the feeds
/// without items folded away, and the OPML list. Rendered once per published snapshot.
/// </summary>
public static class IndexPage
{
    /// <summary>How many of its latest items each region and agency shows.</summary>
    public const int LatestPerFeed = 3;

    public static PrecompressedDocument Render(FeedSnapshot snapshot, PageRequestServices pages) =>
        pages.Cache.For(snapshot, "/", () =>
        {
            var html = Content(snapshot, pages.Catalog, pages.Regions, pages.SiteTitle);
            var head = PageParts.AlternateLinks(pages.Catalog.All);
            var all = snapshot.Find(FeedCatalog.AllPath, FeedFormat.Atom);
            return PrecompressedDocument.Create(
                Encoding.UTF8.GetBytes(HtmlPage.Render(pages.SiteTitle, $"{pages.SiteTitle} feeds", head, html)),
                HtmlPage.MediaType,
                snapshot.PublishedAt,
                FeedFreshness.CacheControl(all?.Source.UpdateInterval ?? FeedFreshness.Longest));
        });

    private static string Content(FeedSnapshot snapshot, FeedCatalog catalog, RegionCatalog regions, string siteTitle)
    {
        bool HasItems(FeedDefinition feed) => snapshot.EntriesOf(feed.Path).Count > 0;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>{HtmlText.Encode(siteTitle)} feeds</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p>{snapshot.Entries.Count} wire items. Every feed has a page and comes as RSS 2.0, Atom 1.0 and JSON Feed 1.1; <a href=\"/feeds.opml\">the feeds with items as OPML</a> for your feed reader.</p>\n");
        var newsRegions = regions.Regions.Where(r => r.Level == RegionLevel.News).Select(r => catalog.Regions[r.Slug])
            .Append(catalog.Regions[FeedCatalog.UnknownRegionSlug]).ToList();
        var agencies = catalog.Agencies.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        Latest(html, "Latest by region", newsRegions, snapshot);
        Latest(html, "Latest by agency", agencies, snapshot);
        html.Append("<h2>All items</h2>\n");
        Table(html, [catalog.All], snapshot);
        html.Append("<h2>By agency</h2>\n");
        Table(html, agencies.Where(HasItems), snapshot);
        html.Append("<h2>By region</h2>\n");
        foreach (var news in regions.Regions.Where(r => r.Level == RegionLevel.News && HasItems(catalog.Regions[r.Slug])))
        {
            var within = regions.Regions
                .Where(r => r.Parent == news)
                .OrderBy(r => r.Level)
                .ThenBy(r => r.NameEn, StringComparer.Ordinal)
                .Select(r => catalog.Regions[r.Slug])
                .Where(HasItems);
            html.Append(CultureInfo.InvariantCulture, $"<h3>{HtmlText.Encode(news.NameEn)}</h3>\n");
            Table(html, within.Prepend(catalog.Regions[news.Slug]), snapshot);
        }

        if (HasItems(catalog.Regions[FeedCatalog.UnknownRegionSlug]))
        {
            html.Append("<h3>Unknown place</h3>\n");
            Table(html, [catalog.Regions[FeedCatalog.UnknownRegionSlug]], snapshot);
        }

        Empty(html, catalog, regions, snapshot);
        return html.ToString();
    }

    private static void Latest(StringBuilder html, string heading, IEnumerable<FeedDefinition> feeds, FeedSnapshot snapshot)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>{HtmlText.Encode(heading)}</h2>\n<div class=\"latest\">\n");
        foreach (var feed in feeds)
        {
            var latest = snapshot.EntriesOf(feed.Path).Take(LatestPerFeed).ToList();
            if (latest.Count == 0)
            {
                continue;
            }

            html.Append(CultureInfo.InvariantCulture, $"<section><h3><a href=\"{PageParts.FeedPageHref(feed.Path)}\">{HtmlText.Encode(feed.Title)}</a></h3>\n<ul>\n");
            foreach (var entry in latest)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{PageParts.ItemPageHref(entry.Id)}\">{HtmlText.Encode(entry.Title)}</a> <span class=\"meta\">{PageParts.Time(entry.Published)}</span></li>\n");
            }

            html.Append("</ul></section>\n");
        }

        html.Append("</div>\n");
    }

    private static void Table(StringBuilder html, IEnumerable<FeedDefinition> feeds, FeedSnapshot snapshot)
    {
        html.Append("<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">Feed</th><th scope=\"col\" class=\"n\">Items</th><th scope=\"col\" colspan=\"3\">Subscribe</th></tr></thead>\n<tbody>\n");
        foreach (var feed in feeds)
        {
            var count = snapshot.Find(feed.Path, FeedFormat.Atom)?.EntryCount ?? 0;
            html.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"{PageParts.FeedPageHref(feed.Path)}\">{HtmlText.Encode(feed.Title)}</a></td><td class=\"n\">{count}</td>");
            PageParts.AppendFormatLinks(html, feed);
            html.Append("</tr>\n");
        }

        html.Append("</tbody></table></div>\n");
    }

    /// <summary>The feeds without items, folded away: each a link to its page, grouped as the OPML list groups them.</summary>
    private static void Empty(StringBuilder html, FeedCatalog catalog, RegionCatalog regions, FeedSnapshot snapshot)
    {
        var groups = new (string Title, IEnumerable<FeedDefinition> Feeds)[]
        {
            ("Agencies", catalog.Agencies.Values.OrderBy(f => f.Path, StringComparer.Ordinal)),
            ("News regions", regions.Regions.Where(r => r.Level == RegionLevel.News).Select(r => catalog.Regions[r.Slug]).Append(catalog.Regions[FeedCatalog.UnknownRegionSlug])),
            ("Sub-regions", regions.Regions.Where(r => r.Level == RegionLevel.Subregion).Select(r => catalog.Regions[r.Slug])),
            ("Countries", regions.Regions.Where(r => r.Level == RegionLevel.Country).OrderBy(r => r.NameEn, StringComparer.Ordinal).Select(r => catalog.Regions[r.Slug])),
        }.Select(g => (g.Title, Feeds: g.Feeds.Where(f => snapshot.EntriesOf(f.Path).Count == 0).ToList())).Where(g => g.Feeds.Count > 0).ToList();
        if (groups.Count == 0)
        {
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<details>\n<summary>Feeds without items yet ({groups.Sum(g => g.Feeds.Count)})</summary>\n");
        foreach (var (title, feeds) in groups)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>{title}</h3>\n<p>");
            html.AppendJoin(" · ", feeds.Select(f => $"<a href=\"{PageParts.FeedPageHref(f.Path)}\">{HtmlText.Encode(f.Title)}</a>"));
            html.Append("</p>\n");
        }

        html.Append("</details>\n");
    }
}
