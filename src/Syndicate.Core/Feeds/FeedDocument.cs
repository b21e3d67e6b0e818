namespace Syndicate.Core.Feeds;

/// <summary>What one feed document is rendered from.</summary>
/// <param name="Entries">The entries to show, newest first.</param>
/// <param name="UpdateInterval">How often the feed can change: the shortest interval between two polls of its sources.</param>
/// <param name="Query">A filtered view's normalized query string (no "?"), part of its self link and id; null for the feed itself.</param>
public sealed record FeedDocument(FeedDefinition Feed, IReadOnlyList<FeedEntry> Entries, TimeSpan UpdateInterval, string? Query = null)
{
    /// <summary>Its place in the feed's archive (RFC 5005): none when the feed has no closed archive yet.</summary>
    public ArchiveLinks? Archive { get; init; }

    /// <summary>The newest change among the entries; null for an empty feed.</summary>
    public DateTimeOffset? Updated => Entries.Count > 0 ? Entries.Max(e => e.Updated) : null;

    /// <summary>Whether rendering <paramref name="other"/> gives the same document, so an earlier rendering can be kept.</summary>
    public bool RendersSameAs(FeedDocument other) =>
        Feed == other.Feed && UpdateInterval == other.UpdateInterval && Query == other.Query && Archive == other.Archive
        && Entries.Count == other.Entries.Count && Entries.Zip(other.Entries).All(pair => pair.First.IsSameVersion(pair.Second));
}
