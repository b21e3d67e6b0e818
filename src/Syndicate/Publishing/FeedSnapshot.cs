using Syndicate.Core.Feeds;

namespace Syndicate.Publishing;

/// <summary>Every published document at one moment; replaced whole, never changed, so requests need no lock.</summary>
/// <param name="feedEntries">Keyed by feed path, "agency/anp": every stored item the feed includes, newest first.</param>
/// <param name="entries">Every stored item, newest first.</param>
/// <param name="sources">The source each item was first stored from, by item id.</param>
/// <param name="isComplete">
/// False for a start's first snapshot when it read only the newest items: it holds just the feeds those settle, and
/// its lists of entries hold only those items.
/// </param>
public sealed class FeedSnapshot(
    IReadOnlyCollection<RenderedFeed> feeds,
    IReadOnlyDictionary<string, IReadOnlyList<FeedEntry>> feedEntries,
    IReadOnlyList<FeedEntry> entries,
    IReadOnlyDictionary<string, string> sources,
    DateTimeOffset publishedAt,
    bool isComplete)
{
    public static FeedSnapshot Empty { get; } = new([], new Dictionary<string, IReadOnlyList<FeedEntry>>(), [], new Dictionary<string, string>(), DateTimeOffset.UnixEpoch, isComplete: false);

    /// <summary>
    /// Whether every stored item is in it: its feeds, lists of entries and items are whole. Until then what needs the
    /// whole lists (views its items do not settle, item pages, the index, the feed list) answers 503; the feeds it holds
    /// are as every item gives them.
    /// </summary>
    public bool IsComplete { get; } = isComplete;

    private readonly Dictionary<(string Path, FeedFormat Format), RenderedFeed> _feeds = feeds.ToDictionary(f => (f.Source.Feed.Path, f.Format));

    private readonly Dictionary<string, int> _positionById = entries.Index().ToDictionary(e => e.Item.Id, e => e.Index, StringComparer.Ordinal);

    private readonly Dictionary<string, RenderedFeed> _byUrlPath = feeds.ToDictionary(f => $"/feeds/{f.RelativePath}", StringComparer.Ordinal);

    public IReadOnlyCollection<RenderedFeed> Feeds => _feeds.Values;

    /// <summary>Every item, newest first.</summary>
    public IReadOnlyList<FeedEntry> Entries { get; } = entries;

    public DateTimeOffset PublishedAt { get; } = publishedAt;

    /// <summary>The item with the stable id <paramref name="itemId"/>, if it is published.</summary>
    public FeedEntry? FindEntry(string itemId) => _positionById.TryGetValue(itemId, out var position) ? Entries[position] : null;

    /// <summary>The published items among <paramref name="itemIds"/>, newest first.</summary>
    public IEnumerable<FeedEntry> EntriesAmong(IEnumerable<string> itemIds)
    {
        var positions = itemIds.Select(id => _positionById.GetValueOrDefault(id, -1)).Where(p => p >= 0).ToArray();
        Array.Sort(positions);
        return positions.Select(p => Entries[p]);
    }

    /// <param name="path">The feed's path, "agency/anp".</param>
    public RenderedFeed? Find(string path, FeedFormat format) => _feeds.GetValueOrDefault((path, format));

    /// <param name="urlPath">The canonical URL path, "/feeds/agency/anp.rss".</param>
    public RenderedFeed? FindByUrlPath(string urlPath) => _byUrlPath.GetValueOrDefault(urlPath);

    /// <summary>Every stored item the feed at <paramref name="path"/> ("agency/anp") includes, newest first: what views of it select from.</summary>
    public IReadOnlyList<FeedEntry> EntriesOf(string path) => feedEntries.GetValueOrDefault(path) ?? [];

    /// <summary>The source the entry's item was first stored from.</summary>
    public string SourceOf(FeedEntry entry) => sources.GetValueOrDefault(entry.Id, "");
}
