using Syndicate.Core.Places;
using Syndicate.Core.Wire;

namespace Syndicate.Core.Feeds;

/// <summary>Every feed Syndicate publishes: all items, one per agency, one per region.</summary>
public sealed class FeedCatalog
{
    public const string AllPath = "all";

    /// <summary>The region feed of items whose dateline the gazetteer could not place (or that have none).</summary>
    public const string UnknownRegionSlug = "unknown";

    public FeedCatalog(AgencyCatalog agencies, RegionCatalog regions, string siteTitle)
    {
        All = new FeedDefinition(AllPath, siteTitle, $"Every wire item {siteTitle} has seen.", _ => true);
        Agencies = agencies.All.ToDictionary(
            a => a.Slug,
            a => new FeedDefinition(AgencyPath(a), $"{siteTitle}: {a.Name}", $"Wire items credited to {a.Name}.", e => e.IsFrom(a)),
            StringComparer.Ordinal);
        var regionFeeds = regions.Regions.ToDictionary(
            r => r.Slug,
            r => new FeedDefinition(RegionPath(r), $"{siteTitle}: {r.NameEn} / {r.NameNl}", $"Wire items datelined in {r.NameEn}.", e => e.IsIn(r)),
            StringComparer.Ordinal);
        regionFeeds.Add(UnknownRegionSlug, new FeedDefinition(
            $"region/{UnknownRegionSlug}",
            $"{siteTitle}: unknown place / onbekende plaats",
            "Wire items whose dateline names no place the gazetteer knows.",
            e => e.Places.Count == 0));
        Regions = regionFeeds;
    }

    public FeedDefinition All { get; }

    public IReadOnlyDictionary<string, FeedDefinition> Agencies { get; }

    public IReadOnlyDictionary<string, FeedDefinition> Regions { get; }

    public IEnumerable<FeedDefinition> Feeds => Agencies.Values.Concat(Regions.Values).Prepend(All);

    /// <summary>
    /// The feeds that include <paramref name="entry"/>, the same as testing every feed's <see cref="FeedDefinition.Includes"/>,
    /// found from the entry's agencies and regions instead: a publish over a million items tests a few feeds an item, not hundreds.
    /// </summary>
    public IEnumerable<FeedDefinition> FeedsOf(FeedEntry entry)
    {
        IEnumerable<FeedDefinition?> candidates =
        [
            All,
            .. entry.Agencies.Select(a => Agencies.GetValueOrDefault(a.Slug)),
            .. entry.Places.Count == 0 ? [Regions[UnknownRegionSlug]] : entry.Regions.Select(r => Regions.GetValueOrDefault(r.Slug)),
        ];
        return candidates.OfType<FeedDefinition>().Distinct().Where(f => f.Includes(entry));
    }

    public static string AgencyPath(Agency agency) => $"agency/{agency.Slug}";

    public static string RegionPath(Region region) => $"region/{region.Slug}";
}
