using System.Globalization;
using Syndicate.Sources;
using Syndicate.Storage;

namespace Syndicate.Scheduling;

/// <summary>
/// How often a source publishes, as its polling has seen it, and the polling interval that suits it:
/// half the mean gap between new items, so an item waits a quarter of a gap on average before it is
/// fetched, kept between a minute and a day.
/// </summary>
/// <param name="MeanGap">The mean time between instants new items were first seen; null with fewer than two.</param>
/// <param name="PollInterval">The median time between successive fetches; null with fewer than two.</param>
/// <param name="NothingNewShare">The share of fetches that found no new item; null without fetches.</param>
public sealed record PublicationRate(TimeSpan? MeanGap, TimeSpan? PollInterval, double? NothingNewShare)
{
    private static readonly TimeSpan Shortest = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Longest = TimeSpan.FromDays(1);

    public static PublicationRate From(PublicationHistory history)
    {
        var instants = history.NewItemInstants;
        var fetches = history.Fetches;
        TimeSpan? meanGap = instants.Count >= 2 ? (instants[^1] - instants[0]) / (instants.Count - 1) : null;
        TimeSpan? poll = fetches.Count >= 2 ? Median([.. fetches.Zip(fetches.Skip(1), (a, b) => b.StartedAt - a.StartedAt)]) : null;
        double? nothingNew = fetches.Count > 0 ? fetches.Count(f => f.ItemsNew == 0) / (double)fetches.Count : null;
        return new PublicationRate(meanGap, poll, nothingNew);
    }

    /// <summary>Half the mean gap, rounded to whole seconds and kept between a minute and a day; null while the gap is unknown.</summary>
    public TimeSpan? SuggestedInterval => MeanGap is { } gap
        ? TimeSpan.FromSeconds(Math.Round(Math.Clamp((gap / 2).TotalSeconds, Shortest.TotalSeconds, Longest.TotalSeconds)))
        : null;

    /// <summary>The rate in words: "new items about every 8 minutes; polling every minute found nothing new 87% of the time".</summary>
    public string Describe()
    {
        var published = MeanGap is { } gap
            ? $"new items about {Durations.Every(gap)}"
            : "not enough new items seen yet to tell how often the source publishes";
        var polled = (PollInterval, NothingNewShare) switch
        {
            ({ } poll, { } share) => string.Create(CultureInfo.InvariantCulture, $"; polling {Durations.Every(poll)} found nothing new {share * 100:0}% of the time"),
            (null, { } share) => string.Create(CultureInfo.InvariantCulture, $"; polling found nothing new {share * 100:0}% of the time"),
            _ => "",
        };
        return published + polled;
    }

    private static TimeSpan Median(List<TimeSpan> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
