namespace Syndicate.Core.Time;

/// <summary>
/// "dinsdag", "last Tuesday", "mardi dernier à 11h05": the most recent such weekday before the
/// reference's local date (one to seven days back; today is "today"), as a whole or at a clock time.
/// </summary>
public sealed record DayOfWeekAge(string Text, DayOfWeek Day, TimeOnly? Clock) : Age(Text)
{
    /// <summary>Whether <paramref name="year"/>, <paramref name="month"/>, <paramref name="day"/> is a date, and a <paramref name="weekday"/>.</summary>
    internal static bool FallsOn(DayOfWeek weekday, int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day).DayOfWeek == weekday;

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
