using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Syndicate.Core.Feeds;
using Syndicate.Metrics;
using Syndicate.Storage;

namespace Syndicate.Publishing;

/// <summary>
/// Views of the published feeds (<c>?limit=</c>, <c>?agency=</c>, <c>?region=</c>, <c>?q=</c>) over every stored item,
/// not over the entries a feed shows: the feed's, agency's and region's full lists of items in the snapshot, the
/// keywords matched against the newest entries and, when those do not fill the view, looked up in the stored items'
/// search text; the limit applies last, with each source's share (<see cref="SourceShare"/>). Rendered on demand and cached per snapshot, so identical queries render once per
/// change of the data even when they arrive together. The cache holds at most <see cref="Capacity"/> views per
/// snapshot and starts over when full; it goes with its snapshot.
/// </summary>
public sealed class FilteredFeeds(FeedRenderer renderer, FeedCatalog catalog, ItemSearch search, IOptionsMonitor<PublishingOptions> options, SyndicateMetrics metrics)
{
    public const int Capacity = 256;

    /// <summary>
    /// The most matches of a search read as a set. Past that the words are common (one item in 50 of a million holds them),
    /// so walking the feed's entries newest first meets a view's limit (at most 500) within about 25,000 entries.
    /// </summary>
    public const int MatchesWorthReading = 20_000;

    private readonly ConditionalWeakTable<FeedSnapshot, ConcurrentDictionary<(string Path, FeedFormat Format, string Query), Lazy<Task<RenderedFeed>>>> _views = [];

    /// <param name="feed">The published feed the view is cut from.</param>
    /// <param name="query">The view's canonical query (<see cref="FeedFilter.Query"/>), not empty.</param>
    /// <param name="cancellationToken">Stops this caller's wait; the rendering goes on for the others that asked for it.</param>
    public async Task<RenderedFeed> ViewAsync(FeedSnapshot snapshot, RenderedFeed feed, FeedFilter filter, string query, CancellationToken cancellationToken)
    {
        var views = _views.GetValue(snapshot, _ => new());
        var key = (feed.Source.Feed.Path, feed.Format, query);
        if (views.TryGetValue(key, out var cached))
        {
            metrics.RecordRenderCacheHit();
        }
        else
        {
            if (views.Count >= Capacity)
            {
                views.Clear();
            }

            cached = views.GetOrAdd(key, _ => new Lazy<Task<RenderedFeed>>(() => RenderAsync(snapshot, feed, filter, query)));
        }

        try
        {
            return await cached.Value.WaitAsync(cancellationToken);
        }
        catch when (cached.Value.IsFaulted)
        {
            // A failed rendering (the database did not answer) is not kept: the next request tries again.
            views.TryRemove(KeyValuePair.Create(key, cached));
            throw;
        }
    }

    private async Task<RenderedFeed> RenderAsync(FeedSnapshot snapshot, RenderedFeed feed, FeedFilter filter, string query)
    {
        var source = feed.Source;
        var entries = await SelectAsync(snapshot, source.Feed, filter);
        var document = source with { Entries = entries, Query = query };
        var content = renderer.Render(document, feed.Format);
        // A view changes only when the feed it is cut from does.
        var precompressed = PrecompressedDocument.Create(content, feed.Format.MediaType(), feed.Document.LastModified, feed.Document.CacheControl.ToString());
        return new RenderedFeed($"{feed.RelativePath}?{query}", feed.Format, document, precompressed);
    }

    /// <summary>
    /// The view's entries from the stored items in the feed and in the agency and region feeds the filter names, read
    /// from the shortest of those feeds' lists. With keywords, the list's newest entries are matched first
    /// (<see cref="PublishingOptions.ViewReadBeforeSearch"/>); when they do not settle the view, the search index
    /// names the items that hold the words, or, past <see cref="MatchesWorthReading"/> of them, the walk goes on.
    /// </summary>
    private async Task<IReadOnlyList<FeedEntry>> SelectAsync(FeedSnapshot snapshot, FeedDefinition feed, FeedFilter filter)
    {
        FeedDefinition[] within =
        [
            feed,
            .. filter.Agency is { } agency ? [catalog.Agencies[agency]] : Array.Empty<FeedDefinition>(),
            .. filter.Region is { } region ? [catalog.Regions[region]] : Array.Empty<FeedDefinition>(),
        ];
        var list = snapshot.EntriesOf(within.MinBy(f => snapshot.EntriesOf(f.Path).Count)!.Path);
        var (share, readFirst) = (options.CurrentValue.MaxSourceShare, options.CurrentValue.ViewReadBeforeSearch);
        IReadOnlyList<FeedEntry> Select(IEnumerable<FeedEntry> candidates) => SourceShare.Select(candidates, filter.Limit, share, snapshot.SourceOf);
        bool IsIncluded(FeedEntry entry) => within.All(f => f.Includes(entry));

        if (filter.Keywords is not { } keywords)
        {
            return Select(list.Where(IsIncluded));
        }

        bool Holds(FeedEntry entry) => IsIncluded(entry) && keywords.Matches(entry);
        var newest = list.Take(readFirst).Where(Holds).ToList();
        if (list.Count <= readFirst || SourceShare.IsSettledBy(newest, filter.Limit, share, snapshot.SourceOf))
        {
            return Select(newest);
        }

        var matching = await search.FindAsync(keywords.Words, MatchesWorthReading, CancellationToken.None);
        return Select(matching is null ? newest.Concat(list.Skip(readFirst).Where(Holds)) : snapshot.EntriesAmong(matching).Where(IsIncluded));
    }
}
