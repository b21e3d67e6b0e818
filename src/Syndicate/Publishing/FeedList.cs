using Syndicate.Core.Feeds;
using Syndicate.Core.Places;

namespace Syndicate.Publishing;

/// <summary>
/// The feeds as an OPML 2.0 subscription list, one outline per feed, grouped in folders: all items, agencies,
/// news regions (with the unknown-place feed), sub-regions, countries. By default only the feeds that carry
/// items, so importing the list subscribes to no dead feed (made once per publish); or every feed (made once).
/// </summary>
public sealed class FeedList(FeedCatalog catalog, RegionCatalog regions, FeedRenderer renderer, DocumentCache cache, TimeProvider clock)
{
    private PrecompressedDocument? _every;

    /// <summary>Every feed, empty or not.</summary>
    public PrecompressedDocument Every => LazyInitializer.EnsureInitialized(ref _every, () => Render(_ => true, clock.GetUtcNow(), FeedFreshness.Longest));

    /// <summary>The feeds with at least one item in <paramref name="snapshot"/>.</summary>
    public PrecompressedDocument WithItems(FeedSnapshot snapshot) =>
        cache.For(snapshot, "opml", () => Render(
            feed => snapshot.EntriesOf(feed.Path).Count > 0,
            snapshot.PublishedAt,
            snapshot.Find(FeedCatalog.AllPath, OpmlRenderer.SubscribedFormat)?.Source.UpdateInterval ?? FeedFreshness.Longest));

    private PrecompressedDocument Render(Func<FeedDefinition, bool> listed, DateTimeOffset lastModified, TimeSpan freshness)
    {
        IEnumerable<FeedDefinition> RegionFeeds(RegionLevel level) => regions.Regions.Where(r => r.Level == level).Select(r => catalog.Regions[r.Slug]);
        (string, IEnumerable<FeedDefinition>) Group(string title, IEnumerable<FeedDefinition> feeds) => (title, feeds.Where(listed));
        var opml = new OpmlRenderer(renderer.Site).Render(
            $"{catalog.All.Title} feeds",
            [
                Group("All items", [catalog.All]),
                Group("By agency", catalog.Agencies.Values.OrderBy(f => f.Path, StringComparer.Ordinal)),
                Group("By region", [.. RegionFeeds(RegionLevel.News), catalog.Regions[FeedCatalog.UnknownRegionSlug]]),
                Group("By sub-region", RegionFeeds(RegionLevel.Subregion)),
                Group("By country", RegionFeeds(RegionLevel.Country)),
            ]);
        return PrecompressedDocument.Create(opml, OpmlRenderer.MediaType, lastModified, FeedFreshness.CacheControl(freshness));
    }
}
