namespace Syndicate.Core.Time;

public enum AgeUnit
{
    Second,
    Minute,
    Hour,
    Day,
    Week,
}
