using System.Globalization;
using System.Text;
using Syndicate.Core.Feeds;
using Syndicate.Pages;

namespace Syndicate.Api;

/// <summary>
/// An item's page: the headline and wire text, the agencies, the dateline and where it resolved, the instant the
/// feeds show and the window it lies in ("on 28 Nov 2026 between 10:43 and 10:44 CET"), every sighting behind that
/// window (which source page, when, which age text), and the feeds the item is in. Why this item has this timestamp.
/// </summary>
public static class ItemPage
{
    public static string Render(ItemProvenance item, string siteTitle)
    {
        var zone = new ZonedTime(item.TimeZone);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>{HtmlText.Encode(item.Title)}</h1>\n");
        foreach (var paragraph in item.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{HtmlText.Encode(paragraph)}</p>\n");
        }

        if (item.Article is { } article)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{HtmlText.Encode(article)}\">The article at {HtmlText.Encode(new Uri(article).Host)}</a></p>\n");
        }

        html.Append("<h2>When</h2>\n<dl class=\"facts\">\n");
        Fact(html, "Published", $"{HtmlText.Encode(item.Window.Described)} (the window every sighting allows)");
        Fact(html, "Shown in the feeds as", $"{HtmlText.Encode(zone.Instant(item.Published))} ({PageParts.Time(item.Published)})");
        if (item.Updated != item.Published)
        {
            Fact(html, "Last corrected", $"{HtmlText.Encode(zone.Instant(item.Updated))} ({PageParts.Time(item.Updated)})");
        }

        html.Append("</dl>\n<h2>What and where</h2>\n<dl class=\"facts\">\n");
        Fact(html, "Agencies", HtmlText.Encode(string.Join(", ", item.Agencies.Select(a => $"{a.Name} ({a.Code})"))));
        if (item.Services.Count > 0)
        {
            Fact(html, "Regional services", HtmlText.Encode(string.Join(", ", item.Services)));
        }

        Fact(html, "Dateline", item.Dateline is { } dateline ? HtmlText.Encode(dateline) : "none");
        Fact(html, "Placed in", item.Places.Count == 0 ? "no place the gazetteer knows" : string.Join("; ", item.Places.Select(Place)));
        if (item.Section is { } section)
        {
            Fact(html, "Section", HtmlText.Encode(section));
        }

        html.Append("</dl>\n");
        Sightings(html, item, zone);
        EarlierVersions(html, item, zone);
        html.Append("<h2>In these feeds</h2>\n<ul>\n");
        foreach (var feed in item.Feeds)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{HtmlText.Encode(feed.Page)}\">{HtmlText.Encode(feed.Title)}</a></li>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"</ul>\n<p class=\"meta\">This page as data: <a href=\"{PageParts.ItemPageHref(item.Id)}.json\">JSON</a>. The item's id in every feed: <code>{HtmlText.Encode(item.Item)}</code>.</p>\n");
        var head = $"<link rel=\"alternate\" type=\"application/json\" href=\"{PageParts.ItemPageHref(item.Id)}.json\">\n";
        return HtmlPage.Render(siteTitle, item.Title, head, html.ToString());
    }

    private static void Fact(StringBuilder html, string term, string definitionHtml) =>
        html.Append(CultureInfo.InvariantCulture, $"<dt>{HtmlText.Encode(term)}</dt><dd>{definitionHtml}</dd>\n");

    /// <summary>"OSLO: Norway (NO), in Europe · Northern Europe", each region a link to its feed's page.</summary>
    private static string Place(PlaceView place) =>
        $"{HtmlText.Encode(place.Name)}: {HtmlText.Encode(place.CountryName)} ({HtmlText.Encode(place.Country)}), in "
        + string.Join(" · ", place.Regions.Select(r => $"<a href=\"{PageParts.FeedPageHref($"region/{r.Slug}")}\">{HtmlText.Encode(r.Name)}</a>"));

    private static void EarlierVersions(StringBuilder html, ItemProvenance item, ZonedTime zone)
    {
        if (item.EarlierVersions.Count == 0)
        {
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<h2>Earlier versions ({item.EarlierVersions.Count})</h2>\n");
        html.Append("<p>What the source showed before each change, newest first. The item kept its id and its published time; the feeds show the last change as updated.</p>\n");
        foreach (var version in item.EarlierVersions.Reverse())
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>Until {HtmlText.Encode(zone.Instant(version.ReplacedAt))}, then {HtmlText.Encode(version.Change)}</h3>\n");
            if (version.Headline is { } headline)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p><strong>{HtmlText.Encode(headline)}</strong></p>\n");
            }

            foreach (var paragraph in version.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                html.Append(CultureInfo.InvariantCulture, $"<p>{HtmlText.Encode(paragraph)}</p>\n");
            }
        }
    }

    private static void Sightings(StringBuilder html, ItemProvenance item, ZonedTime zone)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>Sightings ({item.Sightings.Count})</h2>\n");
        html.Append("<p>Each time a source page showed the item, what its age said and the window that allows. The published window is where they all meet.</p>\n");
        html.Append("<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">Seen</th><th scope=\"col\">Source page</th><th scope=\"col\">Age shown</th><th scope=\"col\">Published</th></tr></thead>\n<tbody>\n");
        foreach (var sighting in item.Sightings)
        {
            var source = sighting.SourceUrl is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? $"<a href=\"{HtmlText.Encode(uri.AbsoluteUri)}\">{HtmlText.Encode(sighting.Source)}</a>"
                : HtmlText.Encode(sighting.Source);
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{HtmlText.Encode(zone.Instant(sighting.CapturedAt))}</td><td>{source}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{(sighting.Age is { } age ? HtmlText.Encode(age) : "no age: at or before the capture")}</td><td>{HtmlText.Encode(sighting.Window.Described)}</td></tr>\n");
        }

        html.Append("</tbody></table></div>\n");
    }
}
