using Syndicate.Core.Feeds;
using Syndicate.Core.Places;
using Syndicate.Core.Time;
using Syndicate.Core.Wire;
using Syndicate.Sources;
using Syndicate.Storage;

namespace Syndicate.Publishing;

/// <summary>Turns stored items into feed entries: agencies looked up, dateline placed, instant estimated.</summary>
public sealed class FeedEntryFactory(AgencyCatalog agencies, PlaceResolver places)
{
    /// <param name="sources">The registered sources by id: an item's source gives its home country and, for web pages, its fallback link.</param>
    public FeedEntry Create(StoredItem item, IReadOnlyDictionary<string, SourceDefinition> sources)
    {
        var source = sources.GetValueOrDefault(item.SourceId);
        var window = item.Window;
        return new FeedEntry(
            item.Id,
            item.Title,
            item.Body,
            WholeSecondWithin(window),
            WholeSeconds.Truncate(UnixTime.Instant(item.Updated)),
            [.. item.Agencies.Select(code => agencies.TryFind(code, out var agency) ? agency : new Agency(code, code, []))],
            item.Dateline,
            item.Dateline is null ? [] : places.Resolve(item.Dateline, source?.Country).Places,
            item.Section,
            item.Link ?? WebPage(source));
    }

    /// <summary>
    /// The window's estimate to the second, as RSS and Atom dates carry it, so every format shows the same
    /// instant: rounded down, or up when down would leave the window; as is when neither stays inside.
    /// </summary>
    private static DateTimeOffset WholeSecondWithin(TimeWindow window)
    {
        var estimate = window.Estimate;
        var down = WholeSeconds.Truncate(estimate);
        var up = down == estimate ? down : down.AddSeconds(1);
        return window.Contains(down) ? down : window.Contains(up) ? up : estimate;
    }

    private static string? WebPage(SourceDefinition? source) =>
        source is not null && Uri.TryCreate(source.Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri.AbsoluteUri
            : null;
}
