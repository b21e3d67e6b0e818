using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Syndicate.Configuration;
using Syndicate.Core.Feeds;
using Syndicate.Export;
using Syndicate.Operations;
using Syndicate.Storage;

namespace Syndicate.Publishing;

/// <summary>
/// Renders every feed once per change and keeps the result as the current snapshot that requests
/// are served from; writes the documents that changed to the export folder.
/// </summary>
public sealed partial class FeedPublisher(
    ItemStore store,
    FeedEntryFactory entries,
    FeedCatalog catalog,
    FeedRenderer renderer,
    FeedExporter exporter,
    IOptionsMonitor<SyndicateOptions> options,
    TimeProvider clock,
    SyndicateMetrics metrics,
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
            // Items with equal estimates keep the order their page showed them in.
            var all = items.OrderBy(i => i.Sequence)
                .Select(entries.Create)
                .OrderByDescending(e => e.Published)
                .ToList();
            var previous = Current;
            var now = clock.GetUtcNow();
            var publishedAt = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
            var size = options.CurrentValue.FeedSize;
            var feeds = new Dictionary<string, RenderedFeed>();
            foreach (var feed in catalog.Feeds)
            {
                var included = all.Where(feed.Includes).Take(size).ToList();
                foreach (var format in FeedFormats.All)
                {
                    var rendered = Render(feed, included, format, previous, publishedAt);
                    feeds.Add(rendered.RelativePath, rendered);
                }
            }

            var snapshot = new FeedSnapshot(feeds, all, publishedAt);
            Volatile.Write(ref _current, snapshot);
            var written = await exporter.ExportAsync(snapshot, previous, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started);
            metrics.RecordRender(elapsed);
            LogPublished(logger, feeds.Count, all.Count, written, elapsed);
        }
        finally
        {
            _publishing.Release();
        }
    }

    private RenderedFeed Render(FeedDefinition feed, List<FeedEntry> included, FeedFormat format, FeedSnapshot previous, DateTimeOffset now)
    {
        var content = renderer.Render(feed, included, format);
        var etag = $"\"{Convert.ToBase64String(SHA256.HashData(content), 0, 18).Replace('+', '-').Replace('/', '_')}\"";
        var earlier = previous.Find(feed.Path, format);
        var lastModified = earlier is not null && earlier.ETag == etag ? earlier.LastModified : now;
        return new RenderedFeed($"{feed.Path}.{format.Extension()}", format, content, etag, lastModified, included.Count);
    }

    public void Dispose() => _publishing.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Published {Feeds} feed documents over {Items} items ({Written} files exported) in {Elapsed}")]
    private static partial void LogPublished(ILogger logger, int feeds, int items, int written, TimeSpan elapsed);
}
