using System.Globalization;
using Syndicate.Sources;

namespace Syndicate.Publishing;

/// <summary>
/// How long a client may keep a feed: the shortest interval between two polls of any active source (any source can
/// bring items for any feed), kept between one minute and one hour; one hour when no schedule repeats.
/// RSS says it as ttl and sy:updatePeriod/sy:updateFrequency, HTTP as Cache-Control: public, max-age.
/// </summary>
public static class FeedFreshness
{
    public static readonly TimeSpan Shortest = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan Longest = TimeSpan.FromHours(1);

    public static TimeSpan UpdateInterval(IEnumerable<RegisteredSource> sources, DateTimeOffset now) =>
        sources.Where(s => !s.Paused).Select(s => s.Schedule.ShortestGap(s.Definition.TimeZone, now)).Min() is { } interval
            ? TimeSpan.FromSeconds(Math.Clamp(Math.Ceiling(interval.TotalSeconds), Shortest.TotalSeconds, Longest.TotalSeconds))
            : Longest;

    public static string CacheControl(TimeSpan updateInterval) =>
        $"public, max-age={((long)updateInterval.TotalSeconds).ToString(CultureInfo.InvariantCulture)}";
}
