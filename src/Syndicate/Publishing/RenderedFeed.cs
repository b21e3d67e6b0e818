using Syndicate.Core.Feeds;

namespace Syndicate.Publishing;

/// <summary>A feed document rendered once and served as is until its feed changes.</summary>
/// <param name="RelativePath">Path under /feeds/ and under the export folder: "agency/anp.rss".</param>
/// <param name="ETag">A strong entity tag (quoted) derived from the bytes.</param>
/// <param name="LastModified">When these bytes were first published, whole seconds.</param>
public sealed record RenderedFeed(string RelativePath, FeedFormat Format, byte[] Content, string ETag, DateTimeOffset LastModified, int EntryCount);
