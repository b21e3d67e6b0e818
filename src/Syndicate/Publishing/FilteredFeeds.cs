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
/// search text; the limit applies last, with each source's share (<see cref="SourceShare"/>). Rendered on demand and
/// cached per snapshot, so identical queries render once per change of the data even when they arrive together. The cache holds at most <see cref="Capacity"/> views per
/// snapshot and starts over when full; it goes with its snapshot.
/// </summary>
public sealed class FilteredFeeds(FeedRenderer renderer, FeedCatalog catalog, ItemSearch search, IOptionsMonitor<PublishingOptions> options, SyndicateMetrics metrics)
{
    public const int Capacity = 256;

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
    /// from the shortest of those feeds' lists. With keywords, the list's newest entries are matched first, until the
    /// matches settle the view, at most <see cref="PublishingOptions.ViewReadBeforeSearch"/> of them (a fifth of that
    /// when the matches so far would not fill the view by then); otherwise the search index names the items that hold
    /// the words, or, when more than <see cref="PublishingOptions.ViewSearchReadsAtMost"/> items hold them, the walk goes on.
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
        var settings = options.CurrentValue;
        var (share, readFirst) = (settings.MaxSourceShare, settings.ViewReadBeforeSearch);
        IReadOnlyList<FeedEntry> Select(IEnumerable<FeedEntry> candidates) => SourceShare.Select(candidates, filter.Limit, share, snapshot.SourceOf);
        bool IsIncluded(FeedEntry entry) => within.All(f => f.Includes(entry));

        if (filter.Keywords is not { } keywords)
        {
            return Select(list.Where(IsIncluded));
        }

        bool Holds(FeedEntry entry) => IsIncluded(entry) && keywords.Matches(entry);
        var (newest, read, stopped) = (new List<FeedEntry>(), 0, false);
        IEnumerable<FeedEntry> MatchNewest()
        {
            for (; read < list.Count; read++)
            {
                // A fifth of the way, words too rare to fill the view by the end are left to the index.
                if (read == readFirst || (read == readFirst / 5 && newest.Count * 5 < filter.Limit))
                {
                    stopped = true;
                    yield break;
                }

                if (Holds(list[read]))
                {
                    newest.Add(list[read]);
                    yield return list[read];
                }
            }
        }

        // The selection stops reading once the newest matches settle it.
        var selected = Select(MatchNewest());
        if (!stopped)
        {
            return selected;
        }

        var matching = await search.FindAsync(keywords.Words, settings.ViewSearchReadsAtMost, CancellationToken.None);
        return Select(matching is null ? newest.Concat(list.Skip(read).Where(Holds)) : snapshot.EntriesAmong(matching).Where(IsIncluded));
    }
}
