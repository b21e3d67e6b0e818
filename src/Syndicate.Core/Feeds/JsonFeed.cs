using System.Text.Json.Serialization;

namespace Syndicate.Core.Feeds;

/// <summary>A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1), as much of it as Syndicate fills.</summary>
internal sealed record JsonFeed(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("home_page_url")] string HomePageUrl,
    [property: JsonPropertyName("feed_url")] string FeedUrl,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("hubs")] IReadOnlyList<JsonFeedHub>? Hubs,
    [property: JsonPropertyName("items")] IReadOnlyList<JsonFeedItem> Items);

internal sealed record JsonFeedItem(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("external_url")] string? ExternalUrl,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("content_text")] string ContentText,
    [property: JsonPropertyName("summary")] string? Summary,
    [property: JsonPropertyName("date_published")] DateTimeOffset DatePublished,
    [property: JsonPropertyName("date_modified")] DateTimeOffset DateModified,
    [property: JsonPropertyName("authors")] IReadOnlyList<JsonFeedAuthor> Authors,
    [property: JsonPropertyName("tags")] IReadOnlyList<string> Tags,
    [property: JsonPropertyName("_wire")] JsonFeedWire Wire);

/// <summary>An endpoint that pushes the feed's changes: the built-in WebSub hub, on a feed's own document only.</summary>
internal sealed record JsonFeedHub([property: JsonPropertyName("type")] string Type, [property: JsonPropertyName("url")] string Url);

internal sealed record JsonFeedAuthor([property: JsonPropertyName("name")] string Name);

/// <summary>
/// The extension object (JSON Feed's "_" prefix): the wire item's identity, the same in every feed, and the categories
/// as slugs, the way the RSS and Atom categories give them.
/// </summary>
internal sealed record JsonFeedWire(
    [property: JsonPropertyName("item")] string Item,
    [property: JsonPropertyName("agencies")] IReadOnlyList<string> Agencies,
    [property: JsonPropertyName("regions")] IReadOnlyList<string> Regions,
    [property: JsonPropertyName("dateline")] string? Dateline,
    [property: JsonPropertyName("section")] string? Section);
