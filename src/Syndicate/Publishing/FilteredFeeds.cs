using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Syndicate.Core.Feeds;
using Syndicate.Metrics;

namespace Syndicate.Publishing;

/// <summary>
/// Views of the published feeds (<c>?limit=</c>, <c>?agency=</c>, <c>?region=</c>, <c>?q=</c>), rendered on
/// demand from the snapshot's entries and cached per snapshot, so identical queries render once even when
/// they arrive together. The cache holds at most <see cref="Capacity"/> views per snapshot and starts
/// over when full; it goes with its snapshot.
/// </summary>
public sealed class FilteredFeeds(FeedRenderer renderer, FeedCatalog catalog, SyndicateMetrics metrics)
{
    public const int Capacity = 256;

    private readonly ConditionalWeakTable<FeedSnapshot, ConcurrentDictionary<(string Path, FeedFormat Format, string Query), Lazy<RenderedFeed>>> _views = [];

    /// <param name="feed">The published feed the view is cut from.</param>
    /// <param name="query">The view's canonical query (<see cref="FeedFilter.Query"/>), not empty.</param>
    public RenderedFeed View(FeedSnapshot snapshot, RenderedFeed feed, FeedFilter filter, string query)
    {
        var views = _views.GetValue(snapshot, _ => new());
        var key = (feed.Source.Feed.Path, feed.Format, query);
        if (views.TryGetValue(key, out var cached))
        {
            metrics.RecordRenderCacheHit();
            return cached.Value;
        }

        if (views.Count >= Capacity)
        {
            views.Clear();
        }

        return views.GetOrAdd(key, _ => new Lazy<RenderedFeed>(() => Render(snapshot, feed, filter, query))).Value;
    }

    private RenderedFeed Render(FeedSnapshot snapshot, RenderedFeed feed, FeedFilter filter, string query)
    {
        var source = feed.Source;
        var document = source with { Entries = filter.Apply(snapshot.EntriesOf(source.Feed.Path), catalog), Query = query };
        var content = renderer.Render(document, feed.Format);
        // A view changes only when the feed it is cut from does.
        var precompressed = PrecompressedDocument.Create(content, feed.Format.MediaType(), feed.Document.LastModified, feed.Document.CacheControl.ToString());
        return new RenderedFeed($"{feed.RelativePath}?{query}", feed.Format, document, precompressed);
    }
}
