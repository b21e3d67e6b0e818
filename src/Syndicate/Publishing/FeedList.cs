using Syndicate.Core.Feeds;
using Syndicate.Core.Places;

namespace Syndicate.Publishing;

/// <summary>
/// Every feed as an OPML 2.0 subscription list, one outline per feed, grouped in folders: all items,
/// agencies, news regions (with the unknown-place feed), sub-regions, countries. Made once: the feeds
/// only change with the configuration.
/// </summary>
public sealed class FeedList(FeedCatalog catalog, RegionCatalog regions, FeedRenderer renderer, TimeProvider clock)
{
    private readonly Lazy<PrecompressedDocument> _document = new(() =>
    {
        IEnumerable<FeedDefinition> RegionFeeds(RegionLevel level) => regions.Regions.Where(r => r.Level == level).Select(r => catalog.Regions[r.Slug]);
        var opml = new OpmlRenderer(renderer.Site).Render(
            $"{catalog.All.Title} feeds",
            [
                ("All items", [catalog.All]),
                ("By agency", catalog.Agencies.Values.OrderBy(f => f.Path, StringComparer.Ordinal)),
                ("By region", [.. RegionFeeds(RegionLevel.News), catalog.Regions[FeedCatalog.UnknownRegionSlug]]),
                ("By sub-region", RegionFeeds(RegionLevel.Subregion)),
                ("By country", RegionFeeds(RegionLevel.Country)),
            ]);
        return PrecompressedDocument.Create(opml, OpmlRenderer.MediaType, clock.GetUtcNow(), FeedFreshness.CacheControl(FeedFreshness.Longest));
    });

    public PrecompressedDocument Document => _document.Value;
}
