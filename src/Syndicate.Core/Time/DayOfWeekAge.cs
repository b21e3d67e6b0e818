namespace Syndicate.Core.Time;

/// <summary>
/// "dinsdag", "last Tuesday", "mardi dernier à 11h05": the most recent such weekday before the
/// reference's local date (one to seven days back; today is "today"), as a whole or at a clock time.
/// </summary>
public sealed record DayOfWeekAge(string Text, DayOfWeek Day, TimeOnly? Clock) : Age(Text)
{
    public override TimeWindow ToWindow(CaptureClock clock)
    {
        var today = LocalWindows.Today(clock);
        var daysBack = (((int)today.DayOfWeek % 7) - (int)Day + 7) % 7;
        var date = today.PlusDays(-(daysBack == 0 ? 7 : daysBack));
        return Clock is { } time
            ? LocalWindows.Minute(LocalWindows.At(date, time), clock)
            : LocalWindows.Day(date, clock);
    }
}
