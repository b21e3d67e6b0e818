namespace Syndicate.Core.Time;

/// <summary>
/// A date or clock time that names its zone ("Nov 8, 2023 / 02:40 PM CST", "15:56 BST, 27 April 2024"): read in
/// that zone, whatever the site's.
/// </summary>
public sealed record ZonedAge(Age Local, string TimeZoneId) : Age(Local.Text)
{
    public override TimeWindow ToWindow(CaptureClock clock) => Local.ToWindow(clock with { TimeZoneId = TimeZoneId });
}
