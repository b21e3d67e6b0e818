namespace Syndicate.Core.Time;

/// <summary>
/// A time read from one part of a meta line that takes what it lacks from another part: a clock alone takes the day
/// of a date beside it and a date alone the clock ("22 de diciembre 2020, actualizado a las 12:27 a. m.", "PTI | July
/// 9, 2020 | Updated 08:24 IST", "Updated: Sat 8:31 PM, Feb 17, 2018"), a date without a year takes the year
/// ("November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM"), a clock alone the named day before it ("Online
/// seit heute, 7.57 Uhr"), a named day the date printed beside it (a
/// page cached over midnight still says "Today — 15 May 2025" of the 15th), a weekday the date beside it that falls on
/// it ("Tuesday 10:30, 22 may 2018"), and a time without a zone takes the zone the other part names.
/// </summary>
internal static class CompanionDate
{
    /// <summary>Whether <paramref name="age"/> lacks a day, a clock or a year that another part could give.</summary>
    public static bool Lacks(Age age) =>
        Unzoned(age) is ClockTimeAge or DayAge or DayOfWeekAge or CalendarDateAge { Clock: null } or CalendarDateAge { Year: null };

    /// <summary>
    /// Whether <paramref name="age"/> is a clock or a weekday alone, which a date beside it would make that day's: beside
    /// a date the grammar cannot read ("08/11/2023 | 8:26 PM", "on Wed, 05/09/2012 - 5:10pm", day or month first) it is
    /// no age, not today's clock or the last such weekday.
    /// </summary>
    public static bool IsClockOrWeekdayAlone(Age age) => Unzoned(age) is ClockTimeAge or DayOfWeekAge;

    /// <summary>
    /// <paramref name="age"/> completed from <paramref name="beside"/>, another time on the same line, or null when
    /// <paramref name="beside"/> has nothing it lacks.
    /// </summary>
    public static Age? Complete(Age age, Age beside)
    {
        Age? local = (Unzoned(age), Unzoned(beside)) switch
        {
            (ClockTimeAge clock, CalendarDateAge date) => new CalendarDateAge(age.Text, date.Year, date.Month, date.Day, clock.Clock),
            (ClockTimeAge clock, DayAge { Clock: null } day) => day with { Text = age.Text, Clock = clock.Clock },
            (ClockTimeAge clock, DayOfWeekAge { Clock: null } weekday) => weekday with { Text = age.Text, Clock = clock.Clock },
            (DayAge day, CalendarDateAge { Year: not null } date) => new CalendarDateAge(age.Text, date.Year, date.Month, date.Day, day.Clock ?? date.Clock),
            (DayOfWeekAge weekday, CalendarDateAge { Year: { } year } date) when DayOfWeekAge.FallsOn(weekday.Day, year, date.Month, date.Day) =>
                new CalendarDateAge(age.Text, year, date.Month, date.Day, weekday.Clock ?? date.Clock),
            (CalendarDateAge { Clock: null } date, ClockTimeAge clock) => date with { Clock = clock.Clock },
            (CalendarDateAge { Clock: null } date, DayOfWeekAge { Clock: { } clock }) => date with { Clock = clock },
            (CalendarDateAge { Year: null } later, CalendarDateAge { Year: { } year } date) =>
                later with { Year = (later.Month, later.Day).CompareTo((date.Month, date.Day)) < 0 ? year + 1 : year },
            _ => null,
        };
        var zone = (age as ZonedAge)?.TimeZoneId ?? (beside as ZonedAge)?.TimeZoneId;
        return local is null || zone is null ? local : new ZonedAge(local, zone);
    }

    /// <summary>The local time of an age that names its zone, or the age itself.</summary>
    public static Age Unzoned(Age age) => age is ZonedAge zoned ? zoned.Local : age;
}
