using Syndicate.Core.Feeds;

namespace Syndicate.Publishing;

/// <summary>Every published document at one moment; replaced whole, never changed, so requests need no lock.</summary>
/// <param name="feedEntries">Keyed by feed path, "agency/anp": up to <see cref="FeedFilter.MaxLimit"/> entries, newest first.</param>
/// <param name="entries">Every item, newest first.</param>
public sealed class FeedSnapshot(
    IReadOnlyCollection<RenderedFeed> feeds,
    IReadOnlyDictionary<string, IReadOnlyList<FeedEntry>> feedEntries,
    IReadOnlyList<FeedEntry> entries,
    DateTimeOffset publishedAt)
{
    public static FeedSnapshot Empty { get; } = new([], new Dictionary<string, IReadOnlyList<FeedEntry>>(), [], DateTimeOffset.UnixEpoch);

    private readonly Dictionary<(string Path, FeedFormat Format), RenderedFeed> _feeds = feeds.ToDictionary(f => (f.Source.Feed.Path, f.Format));

    private readonly Dictionary<string, FeedEntry> _entriesById = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);

    private readonly Dictionary<string, RenderedFeed> _byUrlPath = feeds.ToDictionary(f => $"/feeds/{f.RelativePath}", StringComparer.Ordinal);

    public IReadOnlyCollection<RenderedFeed> Feeds => _feeds.Values;

    /// <summary>Every item, newest first.</summary>
    public IReadOnlyList<FeedEntry> Entries { get; } = entries;

    public DateTimeOffset PublishedAt { get; } = publishedAt;

    /// <summary>The item with the stable id <paramref name="itemId"/>, if it is published.</summary>
    public FeedEntry? FindEntry(string itemId) => _entriesById.GetValueOrDefault(itemId);

    /// <param name="path">The feed's path, "agency/anp".</param>
    public RenderedFeed? Find(string path, FeedFormat format) => _feeds.GetValueOrDefault((path, format));

    /// <param name="urlPath">The canonical URL path, "/feeds/agency/anp.rss".</param>
    public RenderedFeed? FindByUrlPath(string urlPath) => _byUrlPath.GetValueOrDefault(urlPath);

    /// <summary>The newest entries of the feed at <paramref name="path"/> ("agency/anp"), up to <see cref="FeedFilter.MaxLimit"/>: what views of it are cut from.</summary>
    public IReadOnlyList<FeedEntry> EntriesOf(string path) => feedEntries.GetValueOrDefault(path) ?? [];
}
