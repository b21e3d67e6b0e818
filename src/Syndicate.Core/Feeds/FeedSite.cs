using System.Globalization;

namespace Syndicate.Core.Feeds;

/// <summary>What every feed document says about the site that publishes it, and the addresses and ids it gives out.</summary>
/// <param name="BaseUri">The public root URL, ending in a slash; every link is absolute under it.</param>
/// <param name="TagAuthority">The RFC 4151 tag authority and date for ids, e.g. "example.org,2026".</param>
/// <param name="Language">The feeds' language, as an RFC 5646 tag.</param>
/// <param name="Title">The site's name: the feeds' title prefix and the Atom feeds' author.</param>
public sealed record FeedSite(Uri BaseUri, string TagAuthority, string Generator, string Language, string Title = "Syndicate")
{
    /// <summary>
    /// The date of the tag authority ("example.org,2026" → 2026-01-01): when the site began minting ids, so the
    /// updated date of a feed that has never had an entry, stable across restarts.
    /// </summary>
    public DateTimeOffset Epoch { get; } = EpochOf(TagAuthority);

    /// <param name="query">A filtered view's normalized query string, without the "?".</param>
    public Uri FeedUri(string path, FeedFormat format, string? query = null) =>
        new(BaseUri, $"feeds/{path}.{format.Extension()}{QueryPart(query)}");

    /// <summary>The feed's closed archive of one UTC day (RFC 5005): /feeds/archive/2026-11-28/agency/anp.atom. It never changes.</summary>
    public Uri ArchiveUri(string path, FeedFormat format, DateOnly day) =>
        new(BaseUri, $"feeds/archive/{day:yyyy-MM-dd}/{path}.{format.Extension()}");

    /// <summary>The feed's page for people, its path without an extension: /feeds/agency/anp.</summary>
    public Uri FeedPageUri(string path) => new(BaseUri, $"feeds/{path}");

    /// <summary>The built-in WebSub hub every feed names (W3C WebSub §4): /websub.</summary>
    public Uri HubUri => new(BaseUri, "websub");

    /// <summary>
    /// The HTTP <c>Link</c> header of a feed's canonical document and of every content distribution of it: the hub and
    /// the topic, the feed's own URL (W3C WebSub §4, §7).
    /// </summary>
    public string TopicLinks(string path, FeedFormat format) =>
        $"<{HubUri.AbsoluteUri}>; rel=\"hub\", <{FeedUri(path, format).AbsoluteUri}>; rel=\"self\"";

    /// <summary>The wire item's page for people, with its sightings: /items/{id}.</summary>
    public Uri ItemPageUri(string itemId) => new(BaseUri, $"items/{itemId}");

    public string FeedId(string path, string? query = null) => $"tag:{TagAuthority}:feeds/{path}{QueryPart(query)}";

    /// <summary>The wire item's identity, the same in every feed: how an aggregator tells two entries are one item.</summary>
    public string ItemTag(string itemId) => $"tag:{TagAuthority}:item/{itemId}";

    /// <summary>
    /// An entry's id, one per feed (and per view) and item: a reader that keeps each id once across all its
    /// subscriptions (newsboat does) then still shows every feed complete. The same in every format of a feed.
    /// </summary>
    public string EntryId(string path, string? query, string itemId) => $"tag:{TagAuthority}:feeds/{path}/item/{itemId}{QueryPart(query)}";

    private static DateTimeOffset EpochOf(string tagAuthority)
    {
        var date = tagAuthority[(tagAuthority.LastIndexOf(',') + 1)..];
        string[] forms = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        return DateTimeOffset.TryParseExact(date, forms, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var epoch)
            ? epoch
            : DateTimeOffset.UnixEpoch;
    }

    private static string QueryPart(string? query) => string.IsNullOrEmpty(query) ? "" : "?" + query;
}
