namespace Syndicate.Core.Time;

/// <summary>
/// "vandaag 09:15", "gisteren", "eergisteren 14:32": a local day counted back from the reference's
/// (0 today, 1 yesterday, 2 the day before), as a whole or at a clock time.
/// </summary>
public sealed record DayAge(string Text, int DaysBefore, TimeOnly? Clock) : Age(Text)
{
    public override TimeWindow ToWindow(CaptureClock clock)
    {
        var date = LocalWindows.Today(clock).PlusDays(-DaysBefore);
        return Clock is { } time
            ? LocalWindows.Minute(LocalWindows.At(date, time), clock)
            : LocalWindows.Day(date, clock);
    }
}
