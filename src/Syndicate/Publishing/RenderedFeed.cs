using Syndicate.Core.Feeds;

namespace Syndicate.Publishing;

/// <summary>A feed document rendered once and served as is until its feed changes.</summary>
/// <param name="RelativePath">Path under /feeds/ and under the export folder: "agency/anp.rss".</param>
/// <param name="Source">What it was rendered from; a later publish with the same content keeps this rendering.</param>
/// <param name="Document">The bytes in every content coding, with their entity tags and header values.</param>
public sealed record RenderedFeed(string RelativePath, FeedFormat Format, FeedDocument Source, PrecompressedDocument Document)
{
    public int EntryCount => Source.Entries.Count;
}
