using Syndicate.Core.Feeds;

namespace Syndicate.Publishing;

/// <summary>Every published document at one moment; replaced whole, never changed, so requests need no lock.</summary>
public sealed class FeedSnapshot(IReadOnlyDictionary<string, RenderedFeed> feeds, IReadOnlyList<FeedEntry> entries, DateTimeOffset publishedAt)
{
    public static FeedSnapshot Empty { get; } = new(new Dictionary<string, RenderedFeed>(), [], DateTimeOffset.UnixEpoch);

    /// <summary>Keyed by relative path, "agency/anp.rss".</summary>
    public IReadOnlyDictionary<string, RenderedFeed> Feeds { get; } = feeds;

    /// <summary>Every item, newest first.</summary>
    public IReadOnlyList<FeedEntry> Entries { get; } = entries;

    public DateTimeOffset PublishedAt { get; } = publishedAt;

    public RenderedFeed? Find(string path, FeedFormat format) =>
        Feeds.GetValueOrDefault($"{path}.{format.Extension()}");
}
