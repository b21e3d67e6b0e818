using System.Globalization;
using NodaTime;
using Syndicate.Core.Time;

namespace Syndicate.Api;

/// <summary>
/// Instants and windows as a person in the source's time zone reads them: "28 Nov 2026 10:43 CET", with the zone's
/// abbreviation from the tz database (a zone without a lettered one shows its offset, "UTC+03"); seconds only when
/// the instant has them.
/// </summary>
public sealed class ZonedTime(string zoneId)
{
    private readonly DateTimeZone _zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) ?? DateTimeZone.Utc;

    public string ZoneId => _zone.Id;

    /// <summary>"28 Nov 2026 10:43:30 CET".</summary>
    public string Instant(DateTimeOffset instant) => $"{Date(instant)} {Clock(instant)}";

    /// <summary>"on 28 Nov 2026 between 10:43 and 10:44 CET"; "between 27 Nov 2026 23:30 CET and 28 Nov 2026 00:30 CET"; "at or before ...".</summary>
    public string Window(TimeWindow window)
    {
        if (window.Lo is not { } lo)
        {
            return $"at or before {Instant(window.Hi)}";
        }

        return Date(lo) == Date(window.Hi)
            ? $"on {Date(lo)} between {Time(lo)} and {Clock(window.Hi)}"
            : $"between {Instant(lo)} and {Instant(window.Hi)}";
    }

    private ZonedDateTime Zoned(DateTimeOffset instant) => NodaTime.Instant.FromDateTimeOffset(instant).InZone(_zone);

    private string Date(DateTimeOffset instant) => Zoned(instant).ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private string Time(DateTimeOffset instant)
    {
        var zoned = Zoned(instant);
        return zoned.ToString(zoned.Second == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture);
    }

    /// <summary>The time with the zone's abbreviation: "10:43 CET".</summary>
    private string Clock(DateTimeOffset instant)
    {
        var zoned = Zoned(instant);
        var name = zoned.GetZoneInterval().Name;
        var abbreviation = name.Length > 0 && char.IsLetter(name[0]) ? name : $"UTC{zoned.Offset.ToString("+HH:mm", CultureInfo.InvariantCulture)}";
        return $"{Time(instant)} {abbreviation}";
    }
}
