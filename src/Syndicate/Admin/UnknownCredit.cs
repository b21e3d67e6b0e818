using Syndicate.Core.Feeds;
using Syndicate.Core.Wire;

namespace Syndicate.Admin;

/// <summary>A credit the agency catalog does not know, kept as written, and how many stored items carry it: a candidate for Syndicate:Agencies.</summary>
public sealed record UnknownCredit(string Credit, int Items)
{
    /// <summary>The unknown credits among <paramref name="entries"/>, most frequent first.</summary>
    public static UnknownCredit[] Among(IEnumerable<FeedEntry> entries, AgencyCatalog agencies) =>
    [
        .. entries
            .SelectMany(e => e.Agencies.Where(a => !agencies.TryFind(a.Code, out _)).Select(a => a.Code).Distinct(StringComparer.Ordinal))
            .GroupBy(credit => credit, StringComparer.Ordinal)
            .Select(g => new UnknownCredit(g.Key, g.Count()))
            .OrderByDescending(u => u.Items)
            .ThenBy(u => u.Credit, StringComparer.Ordinal),
    ];
}
