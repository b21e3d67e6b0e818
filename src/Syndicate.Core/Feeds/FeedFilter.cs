namespace Syndicate.Core.Feeds;

/// <summary>
/// A view of a feed: at most <see cref="Limit"/> of its items that also belong to the agency and
/// region feeds named (by canonical slug) and match the keywords.
/// </summary>
public sealed record FeedFilter(int Limit, string? Agency = null, string? Region = null, KeywordFilter? Keywords = null)
{
    /// <summary>The most entries a feed or a view of it carries, and so the most a snapshot keeps per feed.</summary>
    public const int MaxLimit = 500;

    /// <summary>
    /// The view as a canonical query string (parameters in alphabetical order, the limit left out when it
    /// is the default): equal views have equal queries, and the feed itself has the empty one.
    /// </summary>
    public string Query(int defaultLimit)
    {
        var parts = new List<string>(4);
        if (Agency is not null)
        {
            parts.Add($"agency={Uri.EscapeDataString(Agency)}");
        }

        if (Limit != defaultLimit)
        {
            parts.Add($"limit={Limit}");
        }

        if (Keywords is not null)
        {
            parts.Add($"q={Uri.EscapeDataString(Keywords.Normalized)}");
        }

        if (Region is not null)
        {
            parts.Add($"region={Uri.EscapeDataString(Region)}");
        }

        return string.Join('&', parts);
    }
}
