using Microsoft.Extensions.Options;
using Syndicate.Core.Items;
using Syndicate.Core.Places;
using Syndicate.Core.Time;
using Syndicate.Core.Wire;
using Syndicate.Fetching;
using Syndicate.Health;
using Syndicate.Metrics;
using Syndicate.Publishing;
using Syndicate.Settings;
using Syndicate.Sources;
using Syndicate.Storage;

namespace Syndicate.Ingestion;

/// <summary>
/// One ingest of one registered source: fetch, read, analyse, store in one transaction, publish.
/// Every attempt, successful or not, is recorded in the fetch history, with the schedule's fire it ran for and this
/// node's name. Ingests write one at a time: SQLite lets one writer in, and a writer that finds the file locked sleeps
/// on its thread, so many ingests storing at once would hold threads the others need; waiting here costs none.
/// </summary>
public sealed partial class SourceIngestor(
    SourceRegistry registry,
    PageFetcher fetcher,
    AgencyCatalog agencies,
    PlaceResolver places,
    ItemStore store,
    FeedPublisher publisher,
    SharedFeedChanges sharedChanges,
    FetchStore fetches,
    SourceHealthJudge health,
    IOptionsMonitor<IngestionOptions> options,
    IOptionsMonitor<FetchOptions> fetchOptions,
    TimeProvider clock,
    NodeName node,
    SyndicateMetrics metrics,
    ILogger<SourceIngestor> logger) : IDisposable
{
    private readonly SemaphoreSlim _writing = new(1, 1);

    /// <param name="scheduledFireTime">When the source's schedule was due for this run; null for a run it did not fire.</param>
    public async Task<CaptureOutcome> IngestAsync(string sourceId, DateTimeOffset? scheduledFireTime, CancellationToken cancellationToken)
    {
        var source = (await registry.FindAsync(sourceId, cancellationToken)
            ?? throw new InvalidOperationException($"No source '{sourceId}' is registered.")).Definition;
        var startedAt = clock.GetUtcNow();
        var started = clock.GetTimestamp();
        var recent = await fetches.RecentAsync(source.Id, 1, cancellationToken);
        // Validators only from a fetch that succeeded last: a page refused since must be read again.
        var validators = recent is [{ Succeeded: true } last] ? last : null;
        FetchedPage? page = null;
        CaptureOutcome outcome;
        PageCounts counts;
        try
        {
            page = await fetcher.FetchAsync(
                new FetchRequest(source.Url, options.CurrentValue.MaxPageBytes)
                {
                    AllowPrivateNetwork = source.AllowPrivateNetwork,
                    ETag = validators?.ETag,
                    LastModified = validators?.LastModified,
                },
                cancellationToken);
            if (page.NotModified)
            {
                var unchanged = clock.GetElapsedTime(started);
                await RecordAsync(
                    new FetchRecord(source.Id, startedAt, unchanged, page.Status, null, null, null) { ETag = page.ETag, LastModified = page.LastModified, FinalUrl = WebUrl(page) },
                    scheduledFireTime,
                    cancellationToken);
                metrics.RecordFetch(source.Id, FetchOutcome.NotModified, unchanged);
                LogNotModified(logger, source.Id);
                return new CaptureOutcome(0, 0, 0, 0);
            }

            (outcome, counts) = await StoreAsync(source, page, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var status = page?.Status ?? (e as SourceThrottledException)?.Status ?? (int?)(e as HttpRequestException)?.StatusCode;
            var failuresInARow = (await health.CheckAsync(source.Id, CancellationToken.None)).ConsecutiveFailures + 1;
            var notBefore = SourceHealth.NextAllowedAfterFailure(e, failuresInARow, startedAt, fetchOptions.CurrentValue);
            var failed = clock.GetElapsedTime(started);
            await RecordAsync(
                new FetchRecord(source.Id, startedAt, failed, status, null, null, e.Message) { NotBefore = notBefore },
                scheduledFireTime,
                CancellationToken.None);
            metrics.RecordFetch(source.Id, OutcomeOf(e), failed);
            if (e is PageRejectedException)
            {
                metrics.RecordPageRejected(source.Id);
            }

            throw;
        }

        var elapsed = clock.GetElapsedTime(started);
        await RecordAsync(
            new FetchRecord(source.Id, startedAt, elapsed, page.Status, outcome.Seen, outcome.Added, null)
            {
                ItemsDated = counts.Dated,
                ItemsPlaced = counts.Placed,
                UnreadAges = counts.UnreadAges,
                ETag = page.ETag,
                LastModified = page.LastModified,
                FinalUrl = WebUrl(page),
            },
            scheduledFireTime,
            cancellationToken);
        metrics.RecordFetch(source.Id, FetchOutcome.Ok, elapsed, outcome.Added);
        LogIngested(logger, source.Id, outcome.Seen, outcome.Added, outcome.Narrowed, elapsed);
        if (outcome.Seen == 0)
        {
            LogNoItems(logger, source.Id, page.Url);
        }

        return outcome;
    }

    public void Dispose() => _writing.Dispose();

    /// <summary>Adds the attempt to the fetch history, with the fire it ran for and this node.</summary>
    private Task RecordAsync(FetchRecord fetch, DateTimeOffset? scheduledFireTime, CancellationToken cancellationToken) =>
        WriteAsync(() => fetches.RecordAsync(fetch with { ScheduledFireTime = scheduledFireTime, Node = node.Value }, cancellationToken), cancellationToken);

    private async Task WriteAsync(Func<Task> write, CancellationToken cancellationToken) =>
        await WriteAsync(async () => { await write(); return true; }, cancellationToken);

    private async Task<T> WriteAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        await _writing.WaitAsync(cancellationToken);
        try
        {
            return await write();
        }
        finally
        {
            _writing.Release();
        }
    }

    private static FetchOutcome OutcomeOf(Exception failure) => failure switch
    {
        FetchRefusedException => FetchOutcome.Refused,
        SourceThrottledException => FetchOutcome.Throttled,
        _ => FetchOutcome.Failed,
    };

    private static string? WebUrl(FetchedPage page) => page.Url.IsFile ? null : page.Url.AbsoluteUri;

    /// <returns>What storing changed, and how many of the page's items were dated and placed.</returns>
    private async Task<(CaptureOutcome Outcome, PageCounts Counts)> StoreAsync(SourceDefinition source, FetchedPage page, CancellationToken cancellationToken)
    {
        var ages = AgeGrammar.Preferring(source.Language);
        var maxBytes = options.CurrentValue.MaxPageBytes;
        var read = new PageReader(agencies, ages).Read(page.Content, page.ContentType, page.Url.IsFile ? null : page.Url, source.Selectors, maxBytes);
        if (read.Error is { } error)
        {
            throw new PageRejectedException(page.Url, error);
        }

        if (read.UnreadAges.Count > 0)
        {
            LogUnreadAges(logger, source.Id, read.UnreadAges);
        }

        if (read.UnknownCredits.Count > 0)
        {
            LogUnknownCredits(logger, source.Id, read.UnknownCredits);
        }

        var placed = read.Items.ToLookup(i => i.Dateline is not null && places.Resolve(i.Dateline, source.Country).IsResolved);
        var unplaced = placed[false]
            .Where(i => i.Dateline is not null)
            .Select(i => i.Dateline!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (unplaced.Count > 0)
        {
            LogUnplacedDatelines(logger, source.Id, unplaced);
        }

        var captureClock = new CaptureClock(page.Reference, source.TimeZone, source.AgeRounding) { Precision = page.ReferencePrecision };
        var pageAges = read.NumericDates is { } order ? ages.ReadingNumericDates(order) : ages;
        var sightings = CaptureAnalyzer.Analyze(read.Items, pageAges, captureClock)
            .Select(s => s.Item.Section is null && source.Section is not null ? s with { Item = s.Item with { Section = source.Section } } : s)
            .ToList();
        var outcome = await WriteAsync(() => store.RecordCaptureAsync(source.Id, sightings, cancellationToken), cancellationToken);
        if (outcome.ChangedFeeds)
        {
            await sharedChanges.AnnounceAsync(outcome.Items, cancellationToken);
            await publisher.PublishChangesAsync(outcome.Items, cancellationToken);
        }

        return (outcome, new PageCounts(read.Items.Count(i => i.Age is not null), placed[true].Count(), read.UnreadAges));
    }

    /// <summary>How many of a page's items had an age that parsed and a dateline the gazetteer placed, and the age-like texts no language read.</summary>
    private readonly record struct PageCounts(int Dated, int Placed, IReadOnlyList<string> UnreadAges);

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId}: {Seen} items on the page, {Added} new, {Narrowed} narrowed, in {Elapsed}")]
    private static partial void LogIngested(ILogger logger, string sourceId, int seen, int added, int narrowed, TimeSpan elapsed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId}: not modified since the last fetch")]
    private static partial void LogNotModified(ILogger logger, string sourceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {SourceId}: texts shaped like ages that no supported language reads (their items are dated by the capture alone): {Texts}")]
    private static partial void LogUnreadAges(ILogger logger, string sourceId, IReadOnlyList<string> texts);

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId}: credits the agency catalog does not know: {Credits}")]
    private static partial void LogUnknownCredits(ILogger logger, string sourceId, IReadOnlyList<string> credits);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {SourceId}: datelines the gazetteer cannot place (add them to Syndicate:PlaceOverrides): {Datelines}")]
    private static partial void LogUnplacedDatelines(ILogger logger, string sourceId, IReadOnlyList<string> datelines);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {SourceId}: no wire items found on {Url}; stored items are untouched")]
    private static partial void LogNoItems(ILogger logger, string sourceId, Uri url);
}
