using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Syndicate.Core.Feeds;
using Syndicate.Core.Places;
using Syndicate.Publishing;

namespace Syndicate.Api;

/// <summary>The home page: every feed with its RSS and Atom links and how many items it carries.</summary>
public static class IndexPage
{
    public static IEndpointRouteBuilder MapIndexPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", Render).WithSummary("The list of feeds, as an HTML page.").ExcludeFromDescription();
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
            <style>
            body { font: 16px/1.5 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
            table { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; }
            th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #ddd; }
            td.n { text-align: right; color: #666; }
            </style>
            </head>
            <body>
            <h1>Syndicate feeds</h1>
            """);
        html.Append(CultureInfo.InvariantCulture, $"<p>{snapshot.Entries.Count} wire items. Every feed comes as RSS 2.0 and Atom 1.0.</p>\n");
        Section(html, "All items", [catalog.All], snapshot);
        Section(html, "By agency", catalog.Agencies.Values.OrderBy(f => f.Path, StringComparer.Ordinal), snapshot);
        var withItems = regions.Regions
            .Where(r => snapshot.Find(FeedCatalog.RegionPath(r), FeedFormat.Atom)?.EntryCount > 0)
            .Select(r => catalog.Regions[r.Slug]);
        Section(html, "By region (regions with items)", withItems, snapshot);
        html.Append("</body>\n</html>\n");
        return TypedResults.Content(html.ToString(), "text/html; charset=utf-8");
    }

    private static void Section(StringBuilder html, string heading, IEnumerable<FeedDefinition> feeds, FeedSnapshot snapshot)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>{WebUtility.HtmlEncode(heading)}</h2>\n<table>\n");
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
