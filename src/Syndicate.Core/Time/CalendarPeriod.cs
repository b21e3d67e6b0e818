namespace Syndicate.Core.Time;

/// <summary>The period before the reference's named in "vorige week", "last month", "l'an dernier".</summary>
public enum CalendarPeriod
{
    Week,
    Month,
    Year,
}
