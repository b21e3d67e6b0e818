using Syndicate.Core.Items;
using Syndicate.Core.Time;
using Syndicate.Publishing;
using Syndicate.Storage;

namespace Syndicate.Sources;

/// <summary>
/// One ingest of one registered source: fetch, read, analyse, store in one transaction, publish.
/// Every attempt, successful or not, is recorded in the fetch history.
/// </summary>
public sealed partial class SourceIngestor(
    SourceRegistry registry,
    PageFetcher fetcher,
    CaptureAnalyzer analyzer,
    ItemStore store,
    FeedPublisher publisher,
    FetchStore fetches,
    TimeProvider clock,
    ILogger<SourceIngestor> logger)
{
    public async Task<CaptureOutcome> IngestAsync(string sourceId, CancellationToken cancellationToken)
    {
        var source = (await registry.FindAsync(sourceId, cancellationToken)
            ?? throw new InvalidOperationException($"No source '{sourceId}' is registered.")).Definition;
        var startedAt = clock.GetUtcNow();
        var started = clock.GetTimestamp();
        FetchedPage? page = null;
        CaptureOutcome outcome;
        try
        {
            page = await fetcher.FetchAsync(source, cancellationToken);
            outcome = await StoreAsync(source, page, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var status = page?.HttpStatus ?? (int?)(e as HttpRequestException)?.StatusCode;
            await fetches.RecordAsync(new FetchRecord(source.Id, startedAt, clock.GetElapsedTime(started), status, null, null, e.Message), CancellationToken.None);
            throw;
        }

        var elapsed = clock.GetElapsedTime(started);
        await fetches.RecordAsync(new FetchRecord(source.Id, startedAt, elapsed, page.HttpStatus, outcome.Seen, outcome.Added, null), cancellationToken);
        LogIngested(logger, source.Id, outcome.Seen, outcome.Added, outcome.Narrowed, elapsed);
        if (outcome.Seen == 0)
        {
            LogNoItems(logger, source.Id, page.Url);
        }

        return outcome;
    }

    private async Task<CaptureOutcome> StoreAsync(SourceDefinition source, FetchedPage page, CancellationToken cancellationToken)
    {
        var blocks = PageReader.Read(page);
        var captureClock = new CaptureClock(page.Reference, source.TimeZone, source.AgeRounding);
        var sightings = analyzer.Analyze(blocks, source.Language, captureClock)
            .Select(s => s.Item.Section is null && source.Section is not null ? s with { Item = s.Item with { Section = source.Section } } : s)
            .ToList();
        var outcome = await store.RecordCaptureAsync(source.Id, sightings, cancellationToken);
        if (outcome.ChangedFeeds)
        {
            await publisher.PublishAsync(cancellationToken);
        }

        return outcome;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId}: {Seen} items on the page, {Added} new, {Narrowed} narrowed, in {Elapsed}")]
    private static partial void LogIngested(ILogger logger, string sourceId, int seen, int added, int narrowed, TimeSpan elapsed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {SourceId}: no wire items found on {Url}; stored items are untouched")]
    private static partial void LogNoItems(ILogger logger, string sourceId, Uri url);
}
