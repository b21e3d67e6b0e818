namespace Syndicate.Core.Time;

/// <summary>The units an age counts in, smallest first.</summary>
public enum AgeUnit
{
    Second,
    Minute,
    Hour,
    Day,
    Week,

    /// <summary>28 to 31 days: sites count a month as 30 days, 30.44 days or a calendar month.</summary>
    Month,

    /// <summary>365 or 366 days.</summary>
    Year,
}
