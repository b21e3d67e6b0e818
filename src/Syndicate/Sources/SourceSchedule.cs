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
        public override string Describe() => $"cron {Expression}";
    }

    /// <summary>Every <paramref name="Every"/>, counted from when the schedule was set.</summary>
    public sealed record Interval(TimeSpan Every) : SourceSchedule
    {
        public override string Describe() => Durations.Every(Every);
    }

    /// <summary>
    /// An interval chosen after every fetch from the source's observed publication rate: half the
    /// mean gap between new items, kept between <paramref name="Minimum"/> and <paramref name="Maximum"/>.
    /// </summary>
    public sealed record Adaptive(TimeSpan Minimum, TimeSpan Maximum) : SourceSchedule
    {
        public override string Describe() => $"adaptive, between {Durations.Every(Minimum)} and {Durations.Every(Maximum)}";

        public TimeSpan Clamp(TimeSpan interval) =>
            interval < Minimum ? Minimum : interval > Maximum ? Maximum : interval;
    }

    /// <summary>The schedule in words, as the admin page shows it.</summary>
    public abstract string Describe();
}
