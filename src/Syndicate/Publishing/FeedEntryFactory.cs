using System.Collections.Concurrent;
using Syndicate.Core.Feeds;
using Syndicate.Core.Places;
using Syndicate.Core.Time;
using Syndicate.Core.Wire;
using Syndicate.Sources;
using Syndicate.Storage;

namespace Syndicate.Publishing;

/// <summary>Turns stored items into feed entries: agencies looked up, dateline placed, dates as a reader sees them.</summary>
public sealed class FeedEntryFactory(AgencyCatalog agencies, PlaceResolver places)
{
    /// <summary>The most datelines and credit lines remembered; past that the memory starts over.</summary>
    private const int RememberedAtMost = 100_000;

    // Wire copy repeats its datelines and credits: each is looked up once and its result shared by every entry with it.
    private readonly ConcurrentDictionary<(string Dateline, string? HomeCountry), IReadOnlyList<ResolvedPlace>> _places = new();
    private readonly ConcurrentDictionary<string, IReadOnlyList<Agency>> _credits = new(StringComparer.Ordinal);
    /// <summary>
    /// Every item as an entry, newest first; items shown at the same instant keep their page order. Such a tie is
    /// parted by moving each later item one second before the one above it, where its window allows, so no two
    /// entries of a feed share a date (Atom readers and validators take equal updated dates for one change).
    /// </summary>
    public IReadOnlyList<FeedEntry> CreateAll(IEnumerable<StoredItem> items, IReadOnlyDictionary<string, SourceDefinition> sources)
    {
        var ordered = items.OrderBy(i => i.Sequence)
            .Select(item => (Item: item, Entry: Create(item, sources)))
            .OrderByDescending(pair => pair.Entry.Published)
            .ToList();
        var entries = new List<FeedEntry>(ordered.Count);
        foreach (var (item, entry) in ordered)
        {
            entries.Add(Part(entry, item.Window, entries.Count > 0 ? entries[^1] : null));
        }

        return entries;
    }

    /// <summary>The entry as listed below <paramref name="above"/>: a second before it when they would share an instant and its window allows.</summary>
    public static FeedEntry Part(FeedEntry entry, TimeWindow window, FeedEntry? above)
    {
        var before = above is null ? entry.Published : above.Published.AddSeconds(-1);
        return entry.Published > before && window.Contains(before) ? Moved(entry, before) : entry;
    }

    /// <param name="sources">The registered sources by id: an item's source gives its home country.</param>
    public FeedEntry Create(StoredItem item, IReadOnlyDictionary<string, SourceDefinition> sources) =>
        Create(item, sources.GetValueOrDefault(item.SourceId)?.Country);

    /// <param name="homeCountry">The country of the item's source, which wins close calls between same-named places.</param>
    public FeedEntry Create(StoredItem item, string? homeCountry)
    {
        var published = UnixTime.Instant(item.Published);
        var revised = item.Revised is { } at ? WholeSeconds.Truncate(UnixTime.Instant(at)) : published;
        return new FeedEntry(
            item.Id,
            item.Title,
            item.Body,
            published,
            revised > published ? revised : published,
            Remembered(_credits, string.Join('\n', item.Agencies), item.Agencies, codes => [.. codes.Select(code => agencies.TryFind(code, out var agency) ? agency : new Agency(code, code, []))]),
            item.Dateline,
            item.Dateline is null ? [] : Remembered(_places, (item.Dateline, homeCountry), item.Dateline, dateline => places.Resolve(dateline, homeCountry).Places),
            item.Section,
            item.Link)
        {
            Services = item.Services,
        };
    }

    private static TValue Remembered<TKey, TArgument, TValue>(ConcurrentDictionary<TKey, TValue> memory, TKey key, TArgument argument, Func<TArgument, TValue> make)
        where TKey : notnull
    {
        if (memory.TryGetValue(key, out var known))
        {
            return known;
        }

        if (memory.Count >= RememberedAtMost)
        {
            memory.Clear();
        }

        return memory.GetOrAdd(key, make(argument));
    }

    private static FeedEntry Moved(FeedEntry entry, DateTimeOffset published) =>
        entry with { Published = published, Updated = entry.Updated == entry.Published ? published : entry.Updated };
}
