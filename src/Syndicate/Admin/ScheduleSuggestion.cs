using Syndicate.Scheduling;

namespace Syndicate.Admin;

/// <summary>What a source's polling has shown about how often it publishes, and the interval that would suit it.</summary>
/// <param name="Summary">In words: "new items about every 8 minutes; polling every minute found nothing new 87% of the time".</param>
/// <param name="MeanGapSeconds">The mean time between instants new items were first seen; null with fewer than two.</param>
/// <param name="PollIntervalSeconds">The median time between fetches; null with fewer than two.</param>
/// <param name="NothingNewPercent">The share of fetches that found nothing new, in percent; null without fetches.</param>
/// <param name="SuggestedIntervalSeconds">Half the mean gap, between a minute and a day; null while the gap is unknown.</param>
/// <param name="Schedule">The body to PUT to the source's schedule to take the suggestion; null while there is none.</param>
public sealed record ScheduleSuggestion(
    string SourceId,
    string Summary,
    double? MeanGapSeconds,
    double? PollIntervalSeconds,
    double? NothingNewPercent,
    int? SuggestedIntervalSeconds,
    ScheduleRequest? Schedule)
{
    public static ScheduleSuggestion From(string sourceId, PublicationRate rate)
    {
        var suggested = rate.SuggestedInterval is { } interval ? (int)interval.TotalSeconds : (int?)null;
        return new ScheduleSuggestion(
            sourceId,
            rate.Describe(),
            rate.MeanGap?.TotalSeconds,
            rate.PollInterval?.TotalSeconds,
            rate.NothingNewShare * 100,
            suggested,
            suggested is { } seconds ? new ScheduleRequest(IntervalSeconds: seconds) : null);
    }
}
