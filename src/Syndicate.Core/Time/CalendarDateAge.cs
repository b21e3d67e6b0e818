using NodaTime;

namespace Syndicate.Core.Time;

/// <summary>
/// "28 nov", "28 november 2026 14:32", "28-11-2026": a local calendar day, as a whole or at a clock
/// time. Without a year it is the most recent such day not after the reference's local date.
/// </summary>
public sealed record CalendarDateAge(string Text, int? Year, int Month, int Day, TimeOnly? Clock) : Age(Text)
{
    public override TimeWindow ToWindow(CaptureClock clock)
    {
        var date = Date(LocalWindows.Today(clock));
        return Clock is { } time
            ? LocalWindows.Minute(LocalWindows.At(date, time), clock)
            : LocalWindows.Day(date, clock);
    }

    private LocalDate Date(LocalDate today) => new(Year ?? MostRecentYear(today), Month, Day);

    private int MostRecentYear(LocalDate today)
    {
        var year = (Month, Day).CompareTo((today.Month, today.Day)) <= 0 ? today.Year : today.Year - 1;
        while (Month == 2 && Day == 29 && !CalendarSystem.Iso.IsLeapYear(year))
        {
            year--;
        }

        return year;
    }
}
