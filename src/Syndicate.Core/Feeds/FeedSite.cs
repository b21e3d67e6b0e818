namespace Syndicate.Core.Feeds;

/// <summary>What every feed document says about the site that publishes it.</summary>
/// <param name="BaseUri">The public root URL, ending in a slash; self links are absolute under it.</param>
/// <param name="TagAuthority">The RFC 4151 tag authority and date for ids, e.g. "example.org,2026".</param>
/// <param name="Language">The feeds' language, as an RFC 5646 tag.</param>
public sealed record FeedSite(Uri BaseUri, string TagAuthority, string Generator, string Language)
{
    /// <summary>The XSL that lets a browser show an RSS or Atom feed as a page; site-relative, so same-origin wherever the feeds are served.</summary>
    public const string StylesheetPath = "/feeds/feed.xsl";

    /// <param name="query">A filtered view's normalized query string, without the "?".</param>
    public Uri FeedUri(string path, FeedFormat format, string? query = null) =>
        new(BaseUri, $"feeds/{path}.{format.Extension()}{(string.IsNullOrEmpty(query) ? "" : "?" + query)}");

    public string FeedId(string path) => $"tag:{TagAuthority}:feeds/{path}";

    public string EntryId(string itemId) => $"tag:{TagAuthority}:item/{itemId}";
}
