using Quartz;
using Syndicate.Configuration;

namespace Syndicate.Sources;

/// <summary>What the sources' Quartz schedules say about how often items can arrive.</summary>
public static class SourceSchedules
{
    // Enough fires to see every gap of a daily or hourly pattern; a schedule that fires rarer shows its gap within them too.
    private const int FiresSampled = 100;

    /// <summary>
    /// The shortest time between two consecutive fires of any one source's schedule, over its next fires after
    /// <paramref name="from"/>; null when no schedule fires twice (or there are no sources).
    /// </summary>
    public static TimeSpan? ShortestInterval(IEnumerable<SourceOptions> sources, DateTimeOffset from)
    {
        TimeSpan? shortest = null;
        foreach (var source in sources)
        {
            if (!CronExpression.TryParse(source.Schedule, out _))
            {
                continue;
            }

            var cron = new CronExpression(source.Schedule, TimeZoneInfo.FindSystemTimeZoneById(source.TimeZone));
            var previous = cron.GetNextValidTimeAfter(from);
            for (var i = 0; i < FiresSampled && previous is { } fire; i++)
            {
                var next = cron.GetNextValidTimeAfter(fire);
                if (next is { } later && (shortest is null || later - fire < shortest))
                {
                    shortest = later - fire;
                }

                previous = next;
            }
        }

        return shortest;
    }
}
