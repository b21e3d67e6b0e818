using Quartz;
using Syndicate.Core.Time;

namespace Syndicate.Sources;

/// <summary>When a source is polled: on a cron expression, at a fixed interval, or adaptively.</summary>
public abstract record SourceSchedule
{
    private SourceSchedule()
    {
    }

    /// <summary>A Quartz cron expression (seconds first), in the source's time zone.</summary>
    public sealed record Cron(string Expression) : SourceSchedule
    {
        // Enough fires to see every gap of a daily or hourly pattern.
        private const int FiresSampled = 100;

        public override string Describe() => $"cron {Expression}";

        /// <summary>The first fire after <paramref name="from"/>; null when the expression never fires again (or does not parse).</summary>
        public DateTimeOffset? NextFire(string timeZone, DateTimeOffset from) => InZone(timeZone)?.GetNextValidTimeAfter(from);

        public override TimeSpan? ShortestGap(string timeZone, DateTimeOffset from)
        {
            if (InZone(timeZone) is not { } cron)
            {
                return null;
            }

            TimeSpan? shortest = null;
            var fire = cron.GetNextValidTimeAfter(from);
            for (var i = 0; i < FiresSampled && fire is { } current; i++)
            {
                fire = cron.GetNextValidTimeAfter(current);
                if (fire is { } next && (shortest is null || next - current < shortest))
                {
                    shortest = next - current;
                }
            }

            return shortest;
        }

        private CronExpression? InZone(string timeZone) =>
            CronExpression.TryParse(Expression, out _) ? new CronExpression(Expression, TimeZoneDatabase.Find(timeZone)) : null;
    }

    /// <summary>Every <paramref name="Every"/>, counted from when the schedule was set.</summary>
    public sealed record Interval(TimeSpan Every) : SourceSchedule
    {
        public override string Describe() => Durations.Every(Every);

        public override TimeSpan? ShortestGap(string timeZone, DateTimeOffset from) => Every;
    }

    /// <summary>
    /// An interval chosen after every fetch from the source's observed publication rate: half the
    /// mean gap between new items, kept between <paramref name="Minimum"/> and <paramref name="Maximum"/>.
    /// </summary>
    public sealed record Adaptive(TimeSpan Minimum, TimeSpan Maximum) : SourceSchedule
    {
        public override string Describe() => $"adaptive, between {Durations.Every(Minimum)} and {Durations.Every(Maximum)}";

        public override TimeSpan? ShortestGap(string timeZone, DateTimeOffset from) => Minimum;

        public TimeSpan Clamp(TimeSpan interval) =>
            interval < Minimum ? Minimum : interval > Maximum ? Maximum : interval;
    }

    /// <summary>The schedule in words, as the admin page shows it.</summary>
    public abstract string Describe();

    /// <summary>The shortest time between two polls after <paramref name="from"/>; null when the schedule never polls twice.</summary>
    public abstract TimeSpan? ShortestGap(string timeZone, DateTimeOffset from);
}
