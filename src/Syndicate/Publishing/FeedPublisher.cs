using System.Diagnostics;
using Microsoft.Extensions.Options;
using Syndicate.Core.Feeds;
using Syndicate.Core.Time;
using Syndicate.Metrics;
using Syndicate.Storage;

namespace Syndicate.Publishing;

/// <summary>
/// Renders every feed whose entries changed, once per change, and keeps the result as the current
/// snapshot that requests are served from (with every feed's full list of items, for its views); writes the
/// documents that changed to the export folder. No source fills more than its share of a feed (<see cref="SourceShare"/>).
/// Requests read the snapshot without a lock, so they never wait for a publish.
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
    // One publish at a time, so the snapshot always reflects the latest committed ingest.
    private readonly SemaphoreSlim _publishing = new(1, 1);
    private FeedSnapshot _current = FeedSnapshot.Empty;

    public FeedSnapshot Current => Volatile.Read(ref _current);

    public async Task PublishAsync(CancellationToken cancellationToken)
    {
        await _publishing.WaitAsync(cancellationToken);
        try
        {
            var started = Stopwatch.GetTimestamp();
            var items = await store.LoadAllAsync(cancellationToken);
            var sources = await registry.ListAsync(cancellationToken);
            var definitions = sources.ToDictionary(s => s.Definition.Id, s => s.Definition);
            var all = entries.CreateAll(items, definitions);
            var sourceOf = items.ToDictionary(i => i.Id, i => i.SourceId, StringComparer.Ordinal);
            var previous = Current;
            var now = clock.GetUtcNow();
            var publishedAt = WholeSeconds.Truncate(now);
            var settings = options.CurrentValue;
            var interval = FeedFreshness.UpdateInterval(sources, now);
            var feeds = new List<RenderedFeed>();
            var feedEntries = new Dictionary<string, IReadOnlyList<FeedEntry>>(StringComparer.Ordinal);
            var rendered = 0;
            foreach (var feed in catalog.Feeds)
            {
                var included = all.Where(feed.Includes).ToList();
                feedEntries.Add(feed.Path, included);
                var shown = SourceShare.Select(included, settings.FeedSize, settings.MaxSourceShare, e => sourceOf[e.Id]);
                var document = new FeedDocument(feed, shown, interval)
                {
                    Archive = archives.NewestArchiveOf(feed.Path) is { } newest ? new ArchiveLinks(null, newest, null) : null,
                };
                foreach (var format in FeedFormats.All)
                {
                    var earlier = previous.Find(feed.Path, format);
                    if (earlier is not null && earlier.Source.RendersSameAs(document))
                    {
                        feeds.Add(earlier);
                        continue;
                    }

                    feeds.Add(Render(document, format, earlier, publishedAt));
                    rendered++;
                }
            }

            var snapshot = new FeedSnapshot(feeds, feedEntries, all, sourceOf, publishedAt);
            Volatile.Write(ref _current, snapshot);
            foreach (var observer in observers)
            {
                observer.Published(previous, snapshot);
            }

            var written = await exporter.ExportAsync(snapshot, previous, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started);
            metrics.RecordRender(elapsed);
            LogPublished(logger, feeds.Count, rendered, all.Count, written, elapsed);
        }
        finally
        {
            _publishing.Release();
        }
    }

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

    [LoggerMessage(Level = LogLevel.Information, Message = "Published {Feeds} feed documents ({Rendered} rendered anew) over {Items} items ({Written} files exported) in {Elapsed}")]
    private static partial void LogPublished(ILogger logger, int feeds, int rendered, int items, int written, TimeSpan elapsed);
}
