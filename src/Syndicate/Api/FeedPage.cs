using System.Globalization;
using System.Text;
using Syndicate.Core.Feeds;
using Syndicate.Pages;
using Syndicate.Publishing;

namespace Syndicate.Api;

/// <summary>
/// A feed's page for people, at the feed's path without an extension (<c>/feeds/agency/anp</c>): what the feed is,
/// its address in each format ready to copy into a reader, and its entries as the feed carries them, each linking to
/// its item page. Rendered once per change of the feed, from the same rendering its Atom document came from.
/// </summary>
public static class FeedPage
{
    /// <param name="feed">The feed's published Atom rendering: its entries, and when they last changed.</param>
    public static PrecompressedDocument Render(RenderedFeed feed, PageRequestServices pages) =>
        pages.Cache.For(feed, "page", () =>
        {
            var definition = feed.Source.Feed;
            var html = Content(feed.Source, pages.Site);
            return PrecompressedDocument.Create(
                Encoding.UTF8.GetBytes(HtmlPage.Render(pages.SiteTitle, definition.Title, PageParts.AlternateLinks(definition), html)),
                HtmlPage.MediaType,
                feed.Document.LastModified,
                feed.Document.CacheControl.ToString());
        });

    private static string Content(FeedDocument document, FeedSite site)
    {
        var feed = document.Feed;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>{HtmlText.Encode(feed.Title)}</h1>\n<p>{HtmlText.Encode(feed.Description)}</p>\n");
        html.Append("<section class=\"subscribe\" aria-labelledby=\"subscribe\">\n<h2 id=\"subscribe\">Subscribe</h2>\n");
        html.Append("<p>Copy an address into your feed reader, or open it.</p>\n");
        foreach (var format in FeedFormats.All)
        {
            var url = HtmlText.Encode(site.FeedUri(feed.Path, format).AbsoluteUri);
            var id = $"address-{format.Extension()}";
            html.Append(CultureInfo.InvariantCulture, $"<label for=\"{id}\">{PageParts.Name(format)} address</label>\n");
            html.Append(CultureInfo.InvariantCulture, $"<input id=\"{id}\" type=\"url\" readonly value=\"{url}\">\n");
            html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{url}\" type=\"{format.BareMediaType()}\">Open the {PageParts.Name(format)} feed</a></p>\n");
        }

        html.Append("</section>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h2>Latest items ({document.Entries.Count})</h2>\n");
        if (document.Entries.Count == 0)
        {
            html.Append("<p>No items yet. The feed fills as soon as a source shows one.</p>\n");
        }

        foreach (var entry in document.Entries)
        {
            html.Append(CultureInfo.InvariantCulture, $"<article class=\"entry\">\n<h3><a href=\"{PageParts.ItemPageHref(entry.Id)}\">{HtmlText.Encode(entry.Title)}</a></h3>\n");
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{PageParts.Time(entry.Published)} · {HtmlText.Encode(string.Join(", ", entry.Agencies.Select(a => a.Name)))}</p>\n");
            html.Append(CultureInfo.InvariantCulture, $"<p>{HtmlText.Encode(entry.WireText)}</p>\n");
            if (entry.Article is { } article)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{HtmlText.Encode(article.AbsoluteUri)}\">The article at {HtmlText.Encode(article.Host)}</a></p>\n");
            }

            html.Append("</article>\n");
        }

        return html.ToString();
    }
}
