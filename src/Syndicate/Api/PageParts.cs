using System.Globalization;
using System.Text;
using Syndicate.Core.Feeds;

namespace Syndicate.Api;

/// <summary>The pieces of HTML the index, feed and item pages share: links to a feed's page and formats, an instant.</summary>
internal static class PageParts
{
    public static string FeedPageHref(string path) => $"/feeds/{path}";

    public static string ItemPageHref(string itemId) => $"/items/{itemId}";

    /// <summary>Autodiscovery: one alternate link per format, for browsers and readers that look for them in the head.</summary>
    public static string AlternateLinks(FeedDefinition feed)
    {
        var head = new StringBuilder();
        foreach (var format in FeedFormats.All)
        {
            head.Append(CultureInfo.InvariantCulture, $"<link rel=\"alternate\" type=\"{format.BareMediaType()}\" title=\"{HtmlText.Encode(feed.Title)} ({Name(format)})\" href=\"/feeds/{HtmlText.Encode(feed.Path)}.{format.Extension()}\">\n");
        }

        return head.ToString();
    }

    /// <summary>"RSS Atom JSON", each a link to the feed in that format, named for a screen reader with the feed's title.</summary>
    public static void AppendFormatLinks(StringBuilder html, FeedDefinition feed)
    {
        foreach (var format in FeedFormats.All)
        {
            html.Append(CultureInfo.InvariantCulture, $"<td><a href=\"/feeds/{HtmlText.Encode(feed.Path)}.{format.Extension()}\" aria-label=\"{HtmlText.Encode(feed.Title)}, {Name(format)}\">{Name(format)}</a></td>");
        }
    }

    public static string Name(FeedFormat format) => format switch
    {
        FeedFormat.Rss => "RSS",
        FeedFormat.Atom => "Atom",
        _ => "JSON",
    };

    /// <summary>An instant in UTC, to the minute, with its machine-readable form.</summary>
    public static string Time(DateTimeOffset instant) =>
        string.Create(CultureInfo.InvariantCulture, $"<time datetime=\"{instant.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}\">{instant.UtcDateTime:yyyy-MM-dd HH:mm} UTC</time>");
}
