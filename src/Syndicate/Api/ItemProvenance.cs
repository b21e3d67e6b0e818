using Syndicate.Core.Feeds;
using Syndicate.Core.Time;
using Syndicate.Sources;
using Syndicate.Storage;

namespace Syndicate.Api;

/// <summary>
/// Everything an item page shows: the entry as the feeds carry it, the window and every sighting behind its instant,
/// the sources those sightings came from, and the feeds it is in. The JSON form is this, as it is.
/// </summary>
public sealed record ItemProvenance(
    string Id,
    string Item,
    string Page,
    string? Article,
    string Title,
    string Text,
    IReadOnlyList<AgencyView> Agencies,
    IReadOnlyList<string> Services,
    string? Dateline,
    IReadOnlyList<PlaceView> Places,
    string? Section,
    DateTimeOffset Published,
    DateTimeOffset Updated,
    WindowView Window,
    string TimeZone,
    IReadOnlyList<SightingView> Sightings,
    IReadOnlyList<VersionView> EarlierVersions,
    IReadOnlyList<FeedView> Feeds)
{
    /// <param name="sources">The registered sources by id; a sighting of a source since deleted shows its id alone.</param>
    public static ItemProvenance Of(FeedEntry entry, ItemEvidence evidence, IReadOnlyDictionary<string, SourceDefinition> sources, FeedCatalog catalog, FeedSite site)
    {
        var zone = new ZonedTime(sources.GetValueOrDefault(evidence.SourceId)?.TimeZone ?? "UTC");
        FeedView Feed(FeedDefinition feed) => new(
            feed.Title,
            site.FeedPageUri(feed.Path).AbsoluteUri,
            site.FeedUri(feed.Path, FeedFormat.Rss).AbsoluteUri,
            site.FeedUri(feed.Path, FeedFormat.Atom).AbsoluteUri,
            site.FeedUri(feed.Path, FeedFormat.Json).AbsoluteUri);
        return new ItemProvenance(
            entry.Id,
            site.ItemTag(entry.Id),
            site.ItemPageUri(entry.Id).AbsoluteUri,
            entry.Article?.AbsoluteUri,
            entry.Title,
            entry.WireText,
            [.. entry.Agencies.Select(a => new AgencyView(a.Code, a.Name, a.Slug))],
            entry.Services,
            entry.Dateline,
            [.. entry.Places.Select(p => new PlaceView(p.Name, p.CountryCode, p.Country.NameEn, [.. p.Regions.Select(r => new RegionView(r.Slug, r.NameEn))]))],
            entry.Section,
            entry.Published,
            entry.Updated,
            WindowView.From(evidence.Window, zone),
            zone.ZoneId,
            [.. evidence.Sightings.Select(s => new SightingView(
                s.SourceId, sources.GetValueOrDefault(s.SourceId)?.Url, s.CapturedAt, s.AgeText, WindowView.From(s.Window, zone)))],
            [.. evidence.EarlierVersions.Select(v => new VersionView(v.SupersededAt, v.Change.ToString().ToLowerInvariant(), v.Headline, v.Body))],
            [.. catalog.Feeds.Where(f => f.Includes(entry)).Select(Feed)]);
    }
}

public sealed record AgencyView(string Code, string Name, string Slug);

/// <summary>A place the dateline names, its ISO country and every region it is in, broadest first.</summary>
public sealed record PlaceView(string Name, string Country, string CountryName, IReadOnlyList<RegionView> Regions);

public sealed record RegionView(string Slug, string Name);

/// <summary>One capture's evidence: which source page, when, what age the page printed, and the window that age allows.</summary>
/// <param name="SourceUrl">The source's page or file, while the source is registered.</param>
public sealed record SightingView(string Source, string? SourceUrl, DateTimeOffset CapturedAt, string? Age, WindowView Window);

/// <summary>
/// The half-open window (After, NotAfter] an item was published in (After null when unbounded), and as a person in the
/// source's zone reads it: "on 28 Nov 2026 between 10:43 and 10:44 CET".
/// </summary>
public sealed record WindowView(DateTimeOffset? After, DateTimeOffset NotAfter, string Described)
{
    public static WindowView From(TimeWindow window, ZonedTime zone) => new(window.Lo, window.Hi, zone.Window(window));
}

/// <summary>A headline and text the item showed until <paramref name="ReplacedAt"/>, and how the next version changed it (corrected, extended, reworded, headline).</summary>
public sealed record VersionView(DateTimeOffset ReplacedAt, string Change, string? Headline, string Text);

public sealed record FeedView(string Title, string Page, string Rss, string Atom, string Json);
