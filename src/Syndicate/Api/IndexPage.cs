using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Syndicate.Core.Feeds;
using Syndicate.Core.Places;
using Syndicate.Publishing;

namespace Syndicate.Api;

/// <summary>
/// The home page: the latest items per news region and per agency, then every feed with its RSS, Atom and
/// JSON links and how many items it carries (regions grouped under their news region), the OPML list,
/// and the data sources with their licences.
/// </summary>
public static class IndexPage
{
    /// <summary>How many of its latest items each region and agency shows.</summary>
    public const int LatestPerFeed = 3;

    public static IEndpointRouteBuilder MapIndexPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", Render).WithName("GetIndexPage").WithSummary("The list of feeds, as an HTML page.").ExcludeFromDescription();
        return app;
    }

    internal static ContentHttpResult Render(FeedPublisher publisher, FeedCatalog catalog, RegionCatalog regions)
    {
        var snapshot = publisher.Current;
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Syndicate feeds</title>
            <link rel="alternate" type="application/atom+xml" title="All items" href="/feeds/all.atom">
            <style>
            body { font: 16px/1.5 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
            table { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; }
            th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #ddd; }
            td.n { text-align: right; color: #666; }
            .latest { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 0 1.5rem; }
            .latest h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
            .latest ul { margin: 0; padding-left: 1.1rem; }
            .latest time { color: #666; font-size: .85rem; }
            </style>
            </head>
            <body>
            <h1>Syndicate feeds</h1>
            """);
        html.Append(CultureInfo.InvariantCulture, $"<p>{snapshot.Entries.Count} wire items. Every feed comes as RSS 2.0, Atom 1.0 and JSON Feed 1.1; <a href=\"/feeds.opml\">all feeds as OPML</a> for your feed reader.</p>\n");
        var newsRegions = regions.Regions.Where(r => r.Level == RegionLevel.News).Select(r => catalog.Regions[r.Slug])
            .Append(catalog.Regions[FeedCatalog.UnknownRegionSlug]);
        Latest(html, "Latest by region", newsRegions, snapshot);
        Latest(html, "Latest by agency", catalog.Agencies.Values.OrderBy(f => f.Path, StringComparer.Ordinal), snapshot);
        Section(html, "All items", [catalog.All], snapshot);
        Section(html, "By agency", catalog.Agencies.Values.OrderBy(f => f.Path, StringComparer.Ordinal), snapshot);
        RegionsWithItems(html, catalog, regions, snapshot);
        html.Append("""
            <h2>Data</h2>
            <p>Place data: <a href="https://www.geonames.org/">GeoNames</a>, licensed under
            <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a> (filtered to populated places, alternate
            names filtered, Dutch names joined, coordinates dropped). Country names and region containment:
            <a href="https://cldr.unicode.org/">Unicode CLDR</a> 48.2, © 2004-2026 Unicode, Inc., used under the
            <a href="https://www.unicode.org/license.txt">Unicode License v3</a>.</p>
            </body>
            </html>

            """);
        return TypedResults.Content(html.ToString(), "text/html; charset=utf-8");
    }

    /// <summary>Every region that has items, under the news region it belongs to; then the items no gazetteer entry placed.</summary>
    private static void RegionsWithItems(StringBuilder html, FeedCatalog catalog, RegionCatalog regions, FeedSnapshot snapshot)
    {
        bool HasItems(string path) => snapshot.EntriesOf(path).Count > 0;
        html.Append("<h2>By region</h2>\n");
        foreach (var news in regions.Regions.Where(r => r.Level == RegionLevel.News && HasItems(FeedCatalog.RegionPath(r))))
        {
            var within = regions.Regions
                .Where(r => r.Parent == news && HasItems(FeedCatalog.RegionPath(r)))
                .OrderBy(r => r.Level)
                .ThenBy(r => r.NameEn, StringComparer.Ordinal)
                .Select(r => catalog.Regions[r.Slug]);
            Section(html, news.NameEn, within.Prepend(catalog.Regions[news.Slug]), snapshot, level: 3);
        }

        var unknown = catalog.Regions[FeedCatalog.UnknownRegionSlug];
        if (HasItems(unknown.Path))
        {
            Section(html, "Unknown place", [unknown], snapshot, level: 3);
        }
    }

    private static void Latest(StringBuilder html, string heading, IEnumerable<FeedDefinition> feeds, FeedSnapshot snapshot)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>{WebUtility.HtmlEncode(heading)}</h2>\n<div class=\"latest\">\n");
        foreach (var feed in feeds)
        {
            var latest = snapshot.EntriesOf(feed.Path).Take(LatestPerFeed).ToList();
            if (latest.Count == 0)
            {
                continue;
            }

            var href = $"/feeds/{feed.Path}.atom";
            html.Append(CultureInfo.InvariantCulture, $"<section><h3><a href=\"{WebUtility.HtmlEncode(href)}\">{WebUtility.HtmlEncode(feed.Title)}</a></h3>\n<ul>\n");
            foreach (var entry in latest)
            {
                var title = WebUtility.HtmlEncode(entry.Title);
                var item = entry.Link is { } link ? $"<a href=\"{WebUtility.HtmlEncode(link)}\">{title}</a>" : title;
                html.Append(CultureInfo.InvariantCulture, $"<li>{item} <time datetime=\"{entry.Published:yyyy-MM-ddTHH:mm:ssZ}\">{entry.Published:yyyy-MM-dd HH:mm} UTC</time></li>\n");
            }

            html.Append("</ul></section>\n");
        }

        html.Append("</div>\n");
    }

    private static void Section(StringBuilder html, string heading, IEnumerable<FeedDefinition> feeds, FeedSnapshot snapshot, int level = 2)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h{level}>{WebUtility.HtmlEncode(heading)}</h{level}>\n<table>\n");
        foreach (var feed in feeds)
        {
            var count = snapshot.Find(feed.Path, FeedFormat.Atom)?.EntryCount ?? 0;
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{WebUtility.HtmlEncode(feed.Title)}</td><td class=\"n\">{count}</td>");
            foreach (var format in FeedFormats.All)
            {
                var href = $"/feeds/{feed.Path}.{format.Extension()}";
                html.Append(CultureInfo.InvariantCulture, $"<td><a href=\"{WebUtility.HtmlEncode(href)}\">{format.Extension().ToUpperInvariant()}</a></td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }
}
