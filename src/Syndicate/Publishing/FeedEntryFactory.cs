using Microsoft.Extensions.Options;
using Syndicate.Configuration;
using Syndicate.Core.Feeds;
using Syndicate.Core.Places;
using Syndicate.Core.Time;
using Syndicate.Core.Wire;
using Syndicate.Storage;

namespace Syndicate.Publishing;

/// <summary>Turns stored items into feed entries: agencies looked up, dateline placed, instant estimated.</summary>
public sealed class FeedEntryFactory(AgencyCatalog agencies, PlaceResolver places, IOptionsMonitor<SyndicateOptions> options)
{
    public FeedEntry Create(StoredItem item)
    {
        var window = new TimeWindow(
            item.WindowLo is { } lo ? DateTimeOffset.FromUnixTimeMilliseconds(lo) : null,
            DateTimeOffset.FromUnixTimeMilliseconds(item.WindowHi));
        return new FeedEntry(
            item.Id,
            item.Title,
            item.Body,
            window.Estimate,
            DateTimeOffset.FromUnixTimeMilliseconds(item.Updated),
            [.. item.Agencies.Select(code => agencies.TryFind(code, out var agency) ? agency : new Agency(code, code, []))],
            item.Dateline,
            item.Dateline is null ? [] : places.Resolve(item.Dateline, Source(item.SourceId)?.Country).Places,
            item.Section,
            item.Link ?? SourcePage(item.SourceId));
    }

    private SourceOptions? Source(string sourceId) => options.CurrentValue.Sources.Find(s => s.Id == sourceId);

    private string? SourcePage(string sourceId) =>
        Source(sourceId) is { } source && Uri.TryCreate(source.Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri.AbsoluteUri
            : null;
}
