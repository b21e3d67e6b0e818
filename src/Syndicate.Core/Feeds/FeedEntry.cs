using Syndicate.Core.Places;
using Syndicate.Core.Wire;

namespace Syndicate.Core.Feeds;

/// <summary>An item as every feed format shows it.</summary>
/// <param name="Id">The item's stable id.</param>
/// <param name="Published">The estimated publication instant, always inside the item's window.</param>
/// <param name="Updated">When the item last changed (first stored, or its window narrowed).</param>
/// <param name="Agencies">The credited agencies, in credit order.</param>
/// <param name="Dateline">The dateline as printed, if any.</param>
/// <param name="Places">The places the dateline names, resolved; none when the gazetteer does not know them.</param>
/// <param name="Link">The original article, or else the page the item was seen on.</param>
public sealed record FeedEntry(
    string Id,
    string Title,
    string Body,
    DateTimeOffset Published,
    DateTimeOffset Updated,
    IReadOnlyList<Agency> Agencies,
    string? Dateline,
    IReadOnlyList<ResolvedPlace> Places,
    string? Section,
    string? Link)
{
    /// <summary>The item's text as the wire prints it: "OSLO (ANP) - Vier organisaties ...".</summary>
    public string WireText =>
        Dateline is null ? Body : $"{Dateline} ({string.Join('/', Agencies.Select(a => a.Code))}) - {Body}";

    public bool IsIn(Region region) => Places.Any(p => p.Regions.Contains(region));

    /// <summary>Every region the item belongs to, each once: a double dateline's places may share some.</summary>
    public IEnumerable<Region> Regions => Places.SelectMany(p => p.Regions).Distinct();

    public bool IsFrom(Agency agency) => Agencies.Contains(agency);

    /// <summary>
    /// Whether <paramref name="other"/> renders the same as this entry: the same item, not updated since,
    /// with the same title and link (the store may add a headline or a link without moving the update time).
    /// </summary>
    public bool IsSameVersion(FeedEntry other) =>
        Id == other.Id && Updated == other.Updated && Title == other.Title && Link == other.Link;
}
