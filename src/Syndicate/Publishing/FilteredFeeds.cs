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
/// snapshot and starts over when full; it goes with its snapshot. While a start has read only the newest items
/// (<see cref="FeedSnapshot.IsComplete"/>), a view is answered when those settle it, before its list of them ends, or
/// when the search index names no item with its words that was not read: it is then the view every item gives, as no
/// older item could change it.
/// </summary>
public sealed class FilteredFeeds(FeedRenderer renderer, FeedCatalog catalog, ItemSearch search, IOptionsMonitor<PublishingOptions> options, SyndicateMetrics metrics)
{
    public const int Capacity = 256;

    private readonly ConditionalWeakTable<FeedSnapshot, ConcurrentDictionary<(string Path, FeedFormat Format, string Query), Lazy<Task<RenderedFeed?>>>> _views = [];

    /// <param name="feed">The published feed the view is cut from.</param>
    /// <param name="query">The view's canonical query (<see cref="FeedFilter.Query"/>), not empty.</param>
    /// <param name="cancellationToken">Stops this caller's wait; the rendering goes on for the others that asked for it.</param>
    /// <returns>The view, or null when the snapshot does not hold every item and its newest ones do not settle the view.</returns>
    public async Task<RenderedFeed?> ViewAsync(FeedSnapshot snapshot, RenderedFeed feed, FeedFilter filter, string query, CancellationToken cancellationToken)
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

            cached = views.GetOrAdd(key, _ => new Lazy<Task<RenderedFeed?>>(() => RenderAsync(snapshot, feed, filter, query)));
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

    private async Task<RenderedFeed?> RenderAsync(FeedSnapshot snapshot, RenderedFeed feed, FeedFilter filter, string query)
    {
        var source = feed.Source;
        if (await SelectAsync(snapshot, source.Feed, filter) is not { } entries)
        {
            return null;
        }

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
    /// Null when the snapshot is not complete and the selection reached the end of the list it holds, unless the index
    /// names no item that holds the words beyond the items read.
    /// </summary>
    private async Task<IReadOnlyList<FeedEntry>?> SelectAsync(FeedSnapshot snapshot, FeedDefinition feed, FeedFilter filter)
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
        var ended = false;
        IReadOnlyList<FeedEntry>? Select(IEnumerable<FeedEntry> candidates, bool everyMatchRead = false) =>
            SourceShare.Select(candidates, filter.Limit, share, snapshot.SourceOf) is var selected && (snapshot.IsComplete || everyMatchRead || !ended) ? selected : null;
        bool IsIncluded(FeedEntry entry) => within.All(f => f.Includes(entry));
        IEnumerable<FeedEntry> ToTheEnd(IEnumerable<FeedEntry> rest)
        {
            foreach (var entry in rest)
            {
                yield return entry;
            }

            ended = true;
        }

        if (filter.Keywords is not { } keywords)
        {
            return Select(ToTheEnd(list.Where(IsIncluded)));
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

            ended = true;
        }

        // The selection stops reading once the newest matches settle it.
        var selected = Select(MatchNewest());
        if (!stopped && selected is not null)
        {
            return selected;
        }

        var matching = await search.FindAsync(keywords.Words, settings.ViewSearchReadsAtMost, CancellationToken.None);
        if (matching is null)
        {
            return Select(newest.Concat(ToTheEnd(list.Skip(read).Where(Holds))));
        }

        // While a start reads the items, the index also names items not read yet, which are older than every item read.
        var among = snapshot.EntriesAmong(matching).ToList();
        return Select(ToTheEnd(among.Where(IsIncluded)), everyMatchRead: among.Count == matching.Count);
    }
}
