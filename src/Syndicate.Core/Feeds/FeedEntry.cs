using Syndicate.Core.Items;
using Syndicate.Core.Places;
using Syndicate.Core.Wire;

namespace Syndicate.Core.Feeds;

/// <summary>An item as every feed format shows it.</summary>
/// <param name="Id">The wire item's stable id, the same in every feed (entry ids are per feed: <see cref="FeedSite.EntryId"/>).</param>
/// <param name="Published">The instant shown for the item, always inside its window (<see cref="ShownInstant"/>).</param>
/// <param name="Updated">The last change a reader would see (text or headline corrected, an agency credited); else <paramref name="Published"/>.</param>
/// <param name="Agencies">The credited agencies, in credit order.</param>
/// <param name="Dateline">The dateline as printed, if any.</param>
/// <param name="Places">The places the dateline names, resolved; none when the gazetteer does not know them.</param>
/// <param name="Link">The original article, if the page linked to one.</param>
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
    /// <summary>The regional services credited with the agencies, as credited ("dpa/lby": dpa's service lby).</summary>
    public IReadOnlyList<string> Services { get; init; } = [];

    /// <summary>The item's text as the wire prints it: "OSLO (ANP) - Vier organisaties ...", "Hannover (dpa/lni) - ...".</summary>
    public string WireText =>
        Dateline is null ? Body : $"{Dateline} ({string.Join('/', Agencies.Select(Credit))}) - {Body}";

    /// <summary>The agency as credited: its code, or the regional service of it that was credited.</summary>
    private string Credit(Agency agency) =>
        Services.FirstOrDefault(s => s.StartsWith(agency.Code + "/", StringComparison.OrdinalIgnoreCase)) ?? agency.Code;

    /// <summary>The article as an absolute http(s) URL, or null when the page linked to none.</summary>
    public Uri? Article => Link is { } link && Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    public bool IsIn(Region region) => Places.Any(p => p.Regions.Contains(region));

    /// <summary>Every region the item belongs to, each once: a double dateline's places may share some.</summary>
    public IEnumerable<Region> Regions => Places.SelectMany(p => p.Regions).Distinct();

    public bool IsFrom(Agency agency) => Agencies.Contains(agency);

    /// <summary>
    /// A shorter text than <see cref="WireText"/> for readers that list summaries: its first sentence, when the text
    /// has more than one and the title does not already say it; else null.
    /// </summary>
    public string? Summary
    {
        get
        {
            var first = ItemTitle.FirstSentence(WireText);
            return first.Length < WireText.Trim().Length && !first.Contains(Title.TrimEnd('…'), StringComparison.Ordinal) ? first : null;
        }
    }

    /// <summary>
    /// Whether <paramref name="other"/> renders the same as this entry: the same item, shown at the same instant, not
    /// revised since, with the same title and link (the store may add a link without a revision).
    /// </summary>
    public bool IsSameVersion(FeedEntry other) =>
        Id == other.Id && Published == other.Published && Updated == other.Updated && Title == other.Title && Link == other.Link;
}
