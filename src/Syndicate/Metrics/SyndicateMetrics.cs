using System.Diagnostics.Metrics;

namespace Syndicate.Metrics;

/// <summary>
/// The server's own instruments, on the <c>Syndicate</c> meter; <c>/metrics</c> shows them in
/// Prometheus form (<c>syndicate.fetches</c> becomes <c>syndicate_fetches_total</c>).
/// </summary>
public sealed class SyndicateMetrics
{
    public const string MeterName = "Syndicate";

    /// <summary>Seconds: a file read takes milliseconds, a slow site with retries up to the total timeout.</summary>
    private static readonly InstrumentAdvice<double> DurationBuckets = new()
    {
        HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    };

    private readonly Counter<long> _fetches;
    private readonly Counter<long> _itemsIngested;
    private readonly Counter<long> _pagesRejected;
    private readonly Counter<long> _feedRequests;
    private readonly Counter<long> _renderCacheHits;
    private readonly Histogram<double> _ingestDuration;
    private readonly Histogram<double> _renderDuration;

    public SyndicateMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _fetches = meter.CreateCounter<long>(
            "syndicate.fetches", "{fetch}", "Source fetches by outcome: ok, not_modified, failed, refused (address or file not allowed), throttled (429 or 503).");
        _itemsIngested = meter.CreateCounter<long>("syndicate.items.ingested", "{item}", "New wire items stored.");
        _pagesRejected = meter.CreateCounter<long>("syndicate.pages.rejected", "{page}", "Fetched pages the reader refused to parse; nothing of them is stored.");
        _feedRequests = meter.CreateCounter<long>("syndicate.feed.requests", "{request}", "Requests under /feeds by HTTP status.");
        _renderCacheHits = meter.CreateCounter<long>("syndicate.render.cache.hits", "{hit}", "Feed documents served from the render cache instead of being rendered.");
        _ingestDuration = meter.CreateHistogram("syndicate.ingest.duration", "s", "One ingest of one source: fetch, read, store, publish.", advice: DurationBuckets);
        _renderDuration = meter.CreateHistogram("syndicate.render.duration", "s", "Rendering every feed from the database and exporting the changed ones.", advice: DurationBuckets);
    }

    public void RecordFetch(string sourceId, FetchOutcome outcome, TimeSpan duration, int newItems = 0)
    {
        var source = new KeyValuePair<string, object?>("source", sourceId);
        _fetches.Add(1, source, new KeyValuePair<string, object?>("outcome", outcome.Label()));
        _ingestDuration.Record(duration.TotalSeconds, source, new KeyValuePair<string, object?>("outcome", outcome.Label()));
        if (newItems > 0)
        {
            _itemsIngested.Add(newItems, source);
        }
    }

    public void RecordPageRejected(string sourceId) => _pagesRejected.Add(1, new KeyValuePair<string, object?>("source", sourceId));

    public void RecordFeedRequest(int statusCode) =>
        _feedRequests.Add(1, new KeyValuePair<string, object?>("status", statusCode));

    public void RecordRenderCacheHit() => _renderCacheHits.Add(1);

    public void RecordRender(TimeSpan duration) => _renderDuration.Record(duration.TotalSeconds);
}
