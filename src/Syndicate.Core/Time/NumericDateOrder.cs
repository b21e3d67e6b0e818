namespace Syndicate.Core.Time;

/// <summary>How a numeric date such as "08/11/2023" is read: which of its first two numbers is the day.</summary>
public enum NumericDateOrder
{
    /// <summary>Day first, as most of Europe writes it: "08/11/2023" is 8 November.</summary>
    DayFirst,

    /// <summary>Month first, as America writes it: "08/11/2023" is 11 August.</summary>
    MonthFirst,

    /// <summary>
    /// Either, as English is written on both sides of the Atlantic: a date is read in the one order that makes one
    /// ("14/04/2020", "9/19/2010") and not at all when both do, unless its page shows which order it uses.
    /// </summary>
    WhereUnambiguous,
}
