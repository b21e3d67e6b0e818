using Syndicate.Core.Feeds;

namespace Syndicate.Publishing;

/// <summary>
/// Picks a feed's entries so no source fills more than a share of it while other sources have entries for it: the
/// newest entries, each source up to its quota (the share of the limit, rounded up); then, while there is room, the
/// newest of the entries that were over quota. A source that floods its page cannot push every other source out,
/// and a feed with a single source still fills.
/// </summary>
public static class SourceShare
{
    /// <param name="entries">The candidates, newest first.</param>
    /// <param name="share">The most a source may fill while others have entries: 0 to 1; 1 is no limit.</param>
    /// <param name="sourceOf">The source an entry's item was first stored from.</param>
    /// <returns>At most <paramref name="limit"/> entries, newest first.</returns>
    public static IReadOnlyList<FeedEntry> Select(IEnumerable<FeedEntry> entries, int limit, double share, Func<FeedEntry, string> sourceOf)
    {
        var (chosen, overQuota) = Walk(entries, limit, share, sourceOf);
        chosen.AddRange(overQuota.Take(limit - chosen.Count));
        return [.. chosen.OrderBy(c => c.Position).Select(c => c.Entry)];
    }

    /// <summary>
    /// Whether a feed's newest entries, <paramref name="entries"/>, settle what <see cref="Select"/> picks from all of
    /// its entries: the newest within each source's quota reach the limit, so no older entry could be picked.
    /// </summary>
    public static bool IsSettledBy(IEnumerable<FeedEntry> entries, int limit, double share, Func<FeedEntry, string> sourceOf) =>
        Walk(entries, limit, share, sourceOf).Chosen.Count == limit;

    /// <returns>The entries within their source's quota, up to the limit, and up to as many of those over it, with their positions.</returns>
    private static (List<(int Position, FeedEntry Entry)> Chosen, List<(int Position, FeedEntry Entry)> OverQuota) Walk(
        IEnumerable<FeedEntry> entries, int limit, double share, Func<FeedEntry, string> sourceOf)
    {
        var quota = (int)Math.Ceiling(limit * share);
        var chosen = new List<(int Position, FeedEntry Entry)>(limit);
        var overQuota = new List<(int Position, FeedEntry Entry)>();
        var taken = new Dictionary<string, int>(StringComparer.Ordinal);
        var position = 0;
        foreach (var entry in entries)
        {
            if (chosen.Count == limit)
            {
                break;
            }

            var source = sourceOf(entry);
            var count = taken.GetValueOrDefault(source);
            if (count < quota)
            {
                chosen.Add((position, entry));
                taken[source] = count + 1;
            }
            else if (overQuota.Count < limit)
            {
                overQuota.Add((position, entry));
            }

            position++;
        }

        return (chosen, overQuota);
    }
}
