using System.Diagnostics;
using Microsoft.Extensions.Options;
using Syndicate.Configuration;
using Syndicate.Core.Items;
using Syndicate.Core.Places;
using Syndicate.Core.Time;
using Syndicate.Core.Wire;
using Syndicate.Publishing;
using Syndicate.Storage;

namespace Syndicate.Sources;

/// <summary>One ingest of one source: fetch, read, analyse, store in one transaction, publish.</summary>
public sealed partial class SourceIngestor(
    PageFetcher fetcher,
    AgencyCatalog agencies,
    PlaceResolver places,
    ItemStore store,
    FeedPublisher publisher,
    IOptionsMonitor<SyndicateOptions> options,
    ILogger<SourceIngestor> logger)
{
    public async Task<CaptureOutcome> IngestAsync(string sourceId, CancellationToken cancellationToken)
    {
        var source = options.CurrentValue.Sources.Find(s => s.Id == sourceId)
            ?? throw new InvalidOperationException($"No source '{sourceId}' is configured.");
        var started = Stopwatch.GetTimestamp();
        var page = await fetcher.FetchAsync(
            new FetchRequest(source.Url, options.CurrentValue.MaxPageBytes) { AllowPrivateNetwork = source.AllowPrivateNetwork },
            cancellationToken);
        var ages = AgeGrammar.For(source.Language);
        var read = new PageReader(agencies, ages).Read(page.Content, page.ContentType, page.Url.IsFile ? null : page.Url, source.Selectors, options.CurrentValue.MaxPageBytes);
        if (read.Error is { } error)
        {
            throw new PageRejectedException(page.Url, error);
        }

        if (read.UnknownCredits.Count > 0)
        {
            LogUnknownCredits(logger, source.Id, read.UnknownCredits);
        }

        var unplaced = read.Items
            .Where(i => i.Dateline is not null && !places.Resolve(i.Dateline, source.Country).IsResolved)
            .Select(i => i.Dateline!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (unplaced.Count > 0)
        {
            LogUnplacedDatelines(logger, source.Id, unplaced);
        }

        var clock = new CaptureClock(page.Reference, source.TimeZone, source.AgeRounding);
        var sightings = CaptureAnalyzer.Analyze(read.Items, ages, clock)
            .Select(s => s.Item.Section is null && source.Section is not null ? s with { Item = s.Item with { Section = source.Section } } : s)
            .ToList();
        var outcome = await store.RecordCaptureAsync(source.Id, sightings, cancellationToken);
        if (outcome.ChangedFeeds)
        {
            await publisher.PublishAsync(cancellationToken);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        LogIngested(logger, source.Id, outcome.Seen, outcome.Added, outcome.Narrowed, elapsed);
        if (outcome.Seen == 0)
        {
            LogNoItems(logger, source.Id, page.Url);
        }

        return outcome;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId}: {Seen} items on the page, {Added} new, {Narrowed} narrowed, in {Elapsed}")]
    private static partial void LogIngested(ILogger logger, string sourceId, int seen, int added, int narrowed, TimeSpan elapsed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId}: credits the agency catalog does not know: {Credits}")]
    private static partial void LogUnknownCredits(ILogger logger, string sourceId, IReadOnlyList<string> credits);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {SourceId}: datelines the gazetteer cannot place (add them to Syndicate:PlaceOverrides): {Datelines}")]
    private static partial void LogUnplacedDatelines(ILogger logger, string sourceId, IReadOnlyList<string> datelines);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {SourceId}: no wire items found on {Url}; stored items are untouched")]
    private static partial void LogNoItems(ILogger logger, string sourceId, Uri url);
}
