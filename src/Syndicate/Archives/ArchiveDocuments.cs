using System.Collections.Concurrent;
using Syndicate.Core.Feeds;
using Syndicate.Publishing;

namespace Syndicate.Archives;

/// <summary>
/// A feed's closed archive of one day (RFC 5005 §4) in Atom or RSS: the entries frozen when the day closed, newest
/// first, with <c>fh:archive</c>, its prev-archive (the day before, unless it is the feed's first), its next-archive
/// (the day after: every day from the feed's first has an archive, so the link never changes) and the current
/// (subscription) document. Rendered once from what the database froze, so the bytes are the same after a restart or
/// after retention deleted the items; served and exported as immutable. At most <see cref="Capacity"/> renderings
/// are kept (the cache starts over when full): readers fetch an archive once, and the exported files serve the rest.
/// </summary>
public sealed class ArchiveDocuments(ArchiveIndex index, ArchiveStore store, FeedCatalog catalog, FeedRenderer renderer, FeedEntryFactory entries)
{
    public const string CacheControl = "public, max-age=31536000, immutable";

    public const int Capacity = 256;

    /// <summary>Archives are written in the XML formats; JSON Feed has no archive links.</summary>
    public static readonly FeedFormat[] Formats = [FeedFormat.Atom, FeedFormat.Rss];

    // An archive never changes, so a rendering stays right for as long as it is kept.
    private readonly ConcurrentDictionary<(string Path, FeedFormat Format, DateOnly Day), Lazy<Task<PrecompressedDocument>>> _rendered = new();

    private readonly Dictionary<string, FeedDefinition> _feeds = catalog.Feeds.ToDictionary(f => f.Path, StringComparer.Ordinal);

    /// <summary>The archive of <paramref name="day"/> of the feed at <paramref name="path"/>, or null when it has none (yet).</summary>
    public async Task<PrecompressedDocument?> FindAsync(string path, FeedFormat format, DateOnly day, CancellationToken cancellationToken)
    {
        var state = index.State;
        if (!Formats.Contains(format) || !_feeds.TryGetValue(path, out var feed) || !state.Has(path, day))
        {
            return null;
        }

        if (_rendered.Count >= Capacity)
        {
            _rendered.Clear();
        }

        var rendered = _rendered.GetOrAdd((path, format, day), _ => new(() => RenderAsync(feed, format, day, state.FirstDays[path])));
        try
        {
            return await rendered.Value.WaitAsync(cancellationToken);
        }
        catch when (rendered.Value.IsFaulted)
        {
            _rendered.TryRemove(KeyValuePair.Create((path, format, day), rendered));
            throw;
        }
    }

    private async Task<PrecompressedDocument> RenderAsync(FeedDefinition feed, FeedFormat format, DateOnly day, DateOnly first)
    {
        var archived = await store.EntriesAsync(feed.Path, day, CancellationToken.None);
        var shown = archived.Select(a => entries.Create(a.Item.ToStoredItem(), a.HomeCountry))
            .OrderByDescending(e => e.Published)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var document = new FeedDocument(feed, shown, TimeSpan.FromDays(1))
        {
            Archive = new ArchiveLinks(day, day > first ? day.AddDays(-1) : null, day.AddDays(1)),
        };
        var closed = new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return PrecompressedDocument.Create(renderer.Render(document, format), format.MediaType(), closed, CacheControl);
    }
}
