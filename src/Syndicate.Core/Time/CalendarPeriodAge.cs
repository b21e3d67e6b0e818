using NodaTime;

namespace Syndicate.Core.Time;

/// <summary>
/// "vorige week", "last month", "l'an dernier": the local days of the period before the reference's.
/// Last month and last year are the previous calendar month and year. Last week is every day that
/// some reading puts in it: the previous week starting Monday or Sunday, or a week ago, so the
/// thirteen days before today.
/// </summary>
public sealed record CalendarPeriodAge(string Text, CalendarPeriod Period) : Age(Text)
{
    private const int LastWeekDays = 13;

    public override TimeWindow ToWindow(CaptureClock clock)
    {
        var today = LocalWindows.Today(clock);
        var (first, next) = Period switch
        {
            CalendarPeriod.Week => (today.PlusDays(-LastWeekDays), today),
            CalendarPeriod.Month => (new LocalDate(today.Year, today.Month, 1).PlusMonths(-1), new LocalDate(today.Year, today.Month, 1)),
            _ => (new LocalDate(today.Year - 1, 1, 1), new LocalDate(today.Year, 1, 1)),
        };
        return LocalWindows.Days(first, next, clock);
    }
}
