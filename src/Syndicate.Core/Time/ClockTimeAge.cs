namespace Syndicate.Core.Time;

/// <summary>
/// "14:32" with no day: the latest occurrence of that local minute that began at or before the
/// reference, so today, or yesterday when today's has not begun yet.
/// </summary>
public sealed record ClockTimeAge(string Text, TimeOnly Clock) : Age(Text)
{
    public override TimeWindow ToWindow(CaptureClock clock)
    {
        var minute = LocalWindows.At(LocalWindows.Today(clock), Clock);
        if (LocalWindows.StartsAfterReference(minute, clock))
        {
            minute = minute.PlusDays(-1);
        }

        return LocalWindows.Minute(minute, clock);
    }
}
