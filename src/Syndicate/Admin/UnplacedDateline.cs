using Syndicate.Core.Feeds;

namespace Syndicate.Admin;

/// <summary>A dateline the gazetteer cannot place, and how many stored items carry it: a candidate for Syndicate:PlaceOverrides.</summary>
public sealed record UnplacedDateline(string Dateline, int Items)
{
    /// <summary>The unplaced datelines among <paramref name="entries"/>, most frequent first.</summary>
    public static UnplacedDateline[] Among(IEnumerable<FeedEntry> entries) =>
    [
        .. entries
            .Where(e => e.Dateline is not null && e.Places.Count == 0)
            .GroupBy(e => e.Dateline!, StringComparer.Ordinal)
            .Select(g => new UnplacedDateline(g.Key, g.Count()))
            .OrderByDescending(u => u.Items)
            .ThenBy(u => u.Dateline, StringComparer.Ordinal),
    ];
}
