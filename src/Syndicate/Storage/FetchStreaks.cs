namespace Syndicate.Storage;

/// <summary>
/// Since when each of a source's alarms has held without a break, over its whole fetch history (not a window of
/// recent fetches, so an alarm stays up however many polls it lasts). Each is the first fetch of the run that
/// raised it; null when the alarm is not up.
/// </summary>
/// <param name="FailingSince">The first failure after the last successful fetch.</param>
/// <param name="NoItemsSince">The first page read without wire items after the last page that had some.</param>
/// <param name="HadItems">Whether any earlier page had wire items.</param>
/// <param name="NoAgesSince">The first page with items but no readable age after the last page with a readable age.</param>
/// <param name="HadAges">Whether any earlier page had an item with a readable age.</param>
/// <param name="NonePlacedSince">The first page with items but no placed dateline after the last page with a placed one.</param>
public sealed record FetchStreaks(
    DateTimeOffset? FailingSince,
    DateTimeOffset? NoItemsSince,
    bool HadItems,
    DateTimeOffset? NoAgesSince,
    bool HadAges,
    DateTimeOffset? NonePlacedSince)
{
    /// <summary>The first page with texts shaped like ages that no language reads, after the last page read without them.</summary>
    public DateTimeOffset? UnreadAgesSince { get; init; }
}
