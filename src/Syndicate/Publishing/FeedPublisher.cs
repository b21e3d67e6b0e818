using System.Diagnostics;
using Microsoft.Extensions.Options;
using Syndicate.Core.Feeds;
using Syndicate.Core.Time;
using Syndicate.Metrics;
using Syndicate.Sources;
using Syndicate.Storage;

namespace Syndicate.Publishing;

/// <summary>
/// Renders every feed whose entries changed, once per change, and keeps the result as the current
/// snapshot that requests are served from (with every feed's full list of items, for its views); writes the
/// documents that changed to the export folder. No source fills more than its share of a feed (<see cref="SourceShare"/>).
/// Requests read the snapshot without a lock, so they never wait for a publish.
/// A full publish (<see cref="PublishAsync"/>) reads every stored item; a publish of what captures changed
/// (<see cref="PublishChangesAsync"/>) reads only the items they touched, goes together with every other such request
/// made while one waits (<see cref="PublishingOptions.PublishInterval"/>), and renders only the feeds those items are in.
/// The first publish after a start (<see cref="PublishNewestAsync"/>) reads only the newest items and publishes the feeds
/// they settle; the snapshot is complete once a later publish has read every item.
/// </summary>
public sealed partial class FeedPublisher(
    ItemStore store,
    SourceRegistry registry,
    FeedEntryFactory entries,
    FeedCatalog catalog,
    FeedRenderer renderer,
    FeedExporter exporter,
    IOptionsMonitor<PublishingOptions> options,
    TimeProvider clock,
    SyndicateMetrics metrics,
    IArchiveIndex archives,
    IEnumerable<IPublicationObserver> observers,
    ILogger<FeedPublisher> logger) : IDisposable
{
    /// <summary>The fewest documents a publish renders on every core.</summary>
    private const int RenderedInParallelFrom = 48;

    // One publish at a time, so the snapshot always reflects the latest committed ingest.
    private readonly SemaphoreSlim _publishing = new(1, 1);
    private readonly PublishedItems _items = new(entries);
    private readonly object _pendingLock = new();
    private FeedSnapshot _current = FeedSnapshot.Empty;
    private readonly TaskCompletionSource _complete = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private PendingPublish? _pending;
    private long _lastStarted;

    // The pace of publishes spends CPU time, so it is kept on the machine's clock, whatever clock the data is dated by.
    private static readonly TimeProvider Pace = TimeProvider.System;

    // What the feeds of the current snapshot were selected with; another value selects every feed anew.
    private Selection _selectedWith;

    public FeedSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Completes when the current snapshot first holds every stored item (<see cref="FeedSnapshot.IsComplete"/>).</summary>
    public Task Complete => _complete.Task;

    /// <summary>Reads every stored item and publishes every feed that changed.</summary>
    public Task PublishAsync(CancellationToken cancellationToken) => WhilePublishingAsync(() => PublishLockedAsync(null, cancellationToken), cancellationToken);

    /// <summary>
    /// Publishes what captures changed: the items <paramref name="itemIds"/>. Requests made while an earlier one waits
    /// for its turn go into one publish; a publish starts no sooner than <see cref="PublishingOptions.PublishInterval"/>
    /// after the previous one started. Completes when a publish that includes these items is current; at once while
    /// the snapshot is not complete (<see cref="FeedSnapshot.IsComplete"/>), so nothing waits for a start to read every
    /// item: the publish goes on. Before the first publish there is nothing to publish: the first reads these items.
    /// </summary>
    /// <param name="cancellationToken">Stops this caller's wait; the publish goes on for the others.</param>
    public Task PublishChangesAsync(IEnumerable<string> itemIds, CancellationToken cancellationToken)
    {
        PendingPublish pending;
        var start = false;
        lock (_pendingLock)
        {
            if (_pending is null)
            {
                _pending = new PendingPublish();
                start = true;
            }

            pending = _pending;
            pending.ItemIds.UnionWith(itemIds);
        }

        if (start)
        {
            _ = Task.Run(() => RunPendingAsync(pending), CancellationToken.None);
        }

        return Current.IsComplete ? pending.Done.Task.WaitAsync(cancellationToken) : Task.CompletedTask;
    }

    private async Task RunPendingAsync(PendingPublish pending)
    {
        try
        {
            await WhilePublishingAsync(
                async () =>
                {
                    var wait = options.CurrentValue.PublishInterval - Pace.GetElapsedTime(Interlocked.Read(ref _lastStarted));
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait, Pace);
                    }

                    lock (_pendingLock)
                    {
                        // From here on a request waits for the next publish: this one may have read its items already.
                        _pending = null;
                    }

                    if (Current != FeedSnapshot.Empty)
                    {
                        await PublishLockedAsync(pending.ItemIds, CancellationToken.None);
                    }
                },
                CancellationToken.None);

            pending.Done.SetResult();
        }
        catch (Exception e)
        {
            lock (_pendingLock)
            {
                if (_pending == pending)
                {
                    _pending = null;
                }
            }

            pending.Done.SetException(e);
        }
    }

    /// <summary>
    /// The first publish after a start, quick however many items are stored: reads the newest items,
    /// <see cref="PublishingOptions.StartReadChunk"/> at a time, until a chunk settles no further feed
    /// (<see cref="SourceShare.IsSettledBy"/>) or <see cref="PublishingOptions.StartReadAtMost"/> are read, and publishes
    /// the feeds they settle. Unless that was every item, the snapshot is not complete (<see cref="FeedSnapshot.IsComplete"/>)
    /// until <see cref="CompleteAsync"/> or any other publish, which then reads every item.
    /// </summary>
    /// <returns>Whether that was every stored item.</returns>
    public async Task<bool> PublishNewestAsync(CancellationToken cancellationToken)
    {
        var everyItemRead = false;
        await WhilePublishingAsync(async () => everyItemRead = await PublishNewestLockedAsync(cancellationToken), cancellationToken);
        return everyItemRead;
    }

    /// <summary>Reads every stored item and publishes every feed, unless a publish has done so since the start.</summary>
    public Task CompleteAsync(CancellationToken cancellationToken) =>
        WhilePublishingAsync(() => Current.IsComplete ? Task.CompletedTask : PublishLockedAsync(null, cancellationToken), cancellationToken);

    /// <summary>Runs <paramref name="publish"/> as the one publish at a time.</summary>
    private async Task WhilePublishingAsync(Func<Task> publish, CancellationToken cancellationToken)
    {
        await _publishing.WaitAsync(cancellationToken);
        try
        {
            await publish();
        }
        finally
        {
            _publishing.Release();
        }
    }

    /// <returns>Whether every stored item was read.</returns>
    private async Task<bool> PublishNewestLockedAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        Interlocked.Exchange(ref _lastStarted, Pace.GetTimestamp());
        var (definitions, selectWith) = await SelectionAsync(cancellationToken);
        var (chunkSize, atMost) = (options.CurrentValue.StartReadChunk, options.CurrentValue.StartReadAtMost);
        var read = 0;
        HashSet<FeedDefinition> settled = [];
        StoredItem? last = null;
        while (true)
        {
            var chunk = await store.LoadNewestAsync(last, chunkSize, cancellationToken);
            read += chunk.Count;
            var changes = _items.Replace([.. chunk.Select(i => i.Id)], chunk, definitions);
            var byFeed = EntriesByFeed(_items.Entries);
            if (chunk.Count < chunkSize)
            {
                await PublishFeedsAsync(changes, selectWith, byFeed, null, null, started, cancellationToken);
                return true;
            }

            var settledNow = catalog.Feeds.Where(feed => byFeed.TryGetValue(feed.Path, out var entries)
                && SourceShare.IsSettledBy(entries, selectWith.FeedSize, selectWith.Share, e => _items.Sources[e.Id])).ToHashSet();
            if ((settledNow.Count == settled.Count && settled.Count > 0) || read >= atMost)
            {
                await PublishFeedsAsync(changes, selectWith, byFeed, settledNow, read, started, cancellationToken);
                return false;
            }

            settled = settledNow;
            last = chunk[^1];
        }
    }

    /// <param name="itemIds">The items to read again; null: every item.</param>
    private async Task PublishLockedAsync(HashSet<string>? itemIds, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        Interlocked.Exchange(ref _lastStarted, Pace.GetTimestamp());
        var (definitions, selectWith) = await SelectionAsync(cancellationToken);
        var previous = Current;
        // A source's country places its items' datelines: when one changes, every item is read again.
        var changes = itemIds is null || !previous.IsComplete || selectWith.Countries != _selectedWith.Countries
            ? _items.ReplaceAll(await store.LoadAllAsync(cancellationToken), definitions)
            : _items.Replace(itemIds, await store.LoadAsync(itemIds, cancellationToken), definitions);
        var everyFeed = !previous.IsComplete || selectWith != _selectedWith;
        if (itemIds is not null && !everyFeed && !changes.Any)
        {
            metrics.RecordRender(Stopwatch.GetElapsedTime(started));
            return;
        }

        await PublishFeedsAsync(changes, selectWith, everyFeed ? EntriesByFeed(_items.Entries) : null, null, itemIds?.Count, started, cancellationToken);
    }

    /// <summary>What the feeds are selected with: the sources' update interval and countries, the feed size and share.</summary>
    private async Task<(Dictionary<string, SourceDefinition> Definitions, Selection SelectWith)> SelectionAsync(CancellationToken cancellationToken)
    {
        var sources = await registry.ListAsync(cancellationToken);
        var definitions = sources.ToDictionary(s => s.Definition.Id, s => s.Definition);
        var settings = options.CurrentValue;
        return (definitions, new Selection(FeedFreshness.UpdateInterval(sources, clock.GetUtcNow()), settings.FeedSize, settings.MaxSourceShare, CountriesOf(definitions)));
    }

    /// <summary>Renders the feeds that changed and makes the result the current snapshot.</summary>
    /// <param name="everyFeedsEntries">Every feed's entries when each is selected anew; null: the changes are merged into the current lists.</param>
    /// <param name="settled">The only feeds to publish, when the entries are the newest items only; null: every item is read.</param>
    /// <param name="touched">How many items were read again; null: all.</param>
    private async Task PublishFeedsAsync(
        EntryChanges changes,
        Selection selectWith,
        Dictionary<string, List<FeedEntry>>? everyFeedsEntries,
        HashSet<FeedDefinition>? settled,
        int? touched,
        long started,
        CancellationToken cancellationToken)
    {
        var previous = Current;
        var publishedAt = WholeSeconds.Truncate(clock.GetUtcNow());
        var feeds = new List<RenderedFeed>();
        var feedEntries = new Dictionary<string, IReadOnlyList<FeedEntry>>(StringComparer.Ordinal);
        // Where in feeds each document to render goes: rendered once all are selected.
        var renders = new List<(int Position, FeedDocument Document, FeedFormat Format, RenderedFeed? Earlier)>();
        var selected = 0;
        foreach (var feed in catalog.Feeds)
        {
            if (settled is not null && !settled.Contains(feed))
            {
                continue;
            }

            var earlierEntries = previous.EntriesOf(feed.Path);
            // A day closed since: the subscription document names its newest archive (RFC 5005 prev-archive).
            var archive = archives.NewestArchiveOf(feed.Path) is { } newest ? new ArchiveLinks(null, newest, null) : null;
            if (everyFeedsEntries is null && !changes.Removed.Any(feed.Includes) && !changes.Added.Any(feed.Includes)
                && previous.Find(feed.Path, FeedFormat.Atom)?.Source.Archive == archive)
            {
                feedEntries.Add(feed.Path, earlierEntries);
                feeds.AddRange(FeedFormats.All.Select(format => previous.Find(feed.Path, format)!));
                continue;
            }

            selected++;
            var included = everyFeedsEntries is not null ? everyFeedsEntries.GetValueOrDefault(feed.Path) ?? [] : Merge(earlierEntries, feed, changes);
            feedEntries.Add(feed.Path, included);
            var shown = SourceShare.Select(included, selectWith.FeedSize, selectWith.Share, e => _items.Sources[e.Id]);
            var document = new FeedDocument(feed, shown, selectWith.Interval) { Archive = archive };
            foreach (var format in FeedFormats.All)
            {
                var earlier = previous.Find(feed.Path, format);
                if (earlier is not null && earlier.Source.RendersSameAs(document))
                {
                    feeds.Add(earlier);
                    continue;
                }

                renders.Add((feeds.Count, document, format, earlier));
                feeds.Add(null!);
            }
        }

        // Many documents (a start's) are rendered on every core; the few an ingest changes on this thread, where handing
        // them to the pool's threads costs more CPU (their spinning) than it saves time.
        void RenderAt((int Position, FeedDocument Document, FeedFormat Format, RenderedFeed? Earlier) render) =>
            feeds[render.Position] = Render(render.Document, render.Format, render.Earlier, publishedAt);
        if (renders.Count >= RenderedInParallelFrom)
        {
            Parallel.ForEach(renders, RenderAt);
        }
        else
        {
            renders.ForEach(RenderAt);
        }

        _selectedWith = selectWith;
        var snapshot = new FeedSnapshot(feeds, feedEntries, _items.Entries, _items.Sources, publishedAt, isComplete: settled is null);
        Volatile.Write(ref _current, snapshot);
        if (snapshot.IsComplete)
        {
            _complete.TrySetResult();
        }

        foreach (var observer in observers)
        {
            observer.Published(previous, snapshot);
        }

        var written = await exporter.ExportAsync(snapshot, previous, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        metrics.RecordRender(elapsed);
        LogPublished(logger, feeds.Count, selected, renders.Count, _items.Entries.Count, touched, written, elapsed);
    }

    /// <summary>Every feed's entries among <paramref name="entries"/>, in their order, by feed path; a feed with none is left out.</summary>
    private Dictionary<string, List<FeedEntry>> EntriesByFeed(IReadOnlyList<FeedEntry> entries)
    {
        var byFeed = new Dictionary<string, List<FeedEntry>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var feed in catalog.FeedsOf(entry))
            {
                if (!byFeed.TryGetValue(feed.Path, out var list))
                {
                    byFeed.Add(feed.Path, list = []);
                }

                list.Add(entry);
            }
        }

        return byFeed;
    }

    /// <summary>
    /// The feed's items after <paramref name="changes"/>: its earlier list without the entries that changed, with the
    /// changed entries it includes now, newest first. The unchanged entries keep their order among themselves.
    /// </summary>
    private List<FeedEntry> Merge(IReadOnlyList<FeedEntry> earlier, FeedDefinition feed, EntryChanges changes)
    {
        var removed = changes.Removed.Where(feed.Includes).ToHashSet(ReferenceEqualityComparer.Instance);
        var added = changes.Added.Where(feed.Includes).ToList();
        var merged = new List<FeedEntry>(earlier.Count + added.Count);
        var next = 0;
        foreach (var entry in earlier)
        {
            if (removed.Contains(entry))
            {
                continue;
            }

            while (next < added.Count && _items.Precedes(added[next], entry))
            {
                merged.Add(added[next++]);
            }

            merged.Add(entry);
        }

        merged.AddRange(added.Skip(next));
        return merged;
    }

    private static string CountriesOf(IReadOnlyDictionary<string, SourceDefinition> definitions) =>
        string.Join('\n', definitions.Values.OrderBy(d => d.Id, StringComparer.Ordinal).Select(d => $"{d.Id} {d.Country}"));

    /// <summary>Renders a feed document; identical bytes keep the earlier rendering and its Last-Modified.</summary>
    private RenderedFeed Render(FeedDocument document, FeedFormat format, RenderedFeed? earlier, DateTimeOffset now)
    {
        var content = renderer.Render(document, format);
        if (earlier is not null && earlier.Document.Content.AsSpan().SequenceEqual(content))
        {
            return earlier with { Source = document };
        }

        var cacheControl = FeedFreshness.CacheControl(document.UpdateInterval);
        return new RenderedFeed(
            $"{document.Feed.Path}.{format.Extension()}", format, document, PrecompressedDocument.Create(content, format.MediaType(), now, cacheControl, renderer.Site.TopicLinks(document.Feed.Path, format)));
    }

    public void Dispose() => _publishing.Dispose();

    /// <param name="Interval">The sources' update interval the documents announce.</param>
    /// <param name="Countries">Every source's country: they place its items' datelines.</param>
    private readonly record struct Selection(TimeSpan Interval, int FeedSize, double Share, string Countries);

    private sealed class PendingPublish
    {
        public HashSet<string> ItemIds { get; } = new(StringComparer.Ordinal);

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Published {Feeds} feed documents ({Selected} feeds selected again, {Rendered} documents rendered anew) over {Items} items ({Touched} read again; null: all) ({Written} files exported) in {Elapsed}")]
    private static partial void LogPublished(ILogger logger, int feeds, int selected, int rendered, int items, int? touched, int written, TimeSpan elapsed);
}
