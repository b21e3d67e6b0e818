using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using NodaTime.TimeZones;

namespace Syndicate.Core.Time;

/// <summary>
/// The one time-zone database every part of Syndicate uses: the system's (IANA ids such as
/// "Europe/Amsterdam"). Validation, the scheduler's cron triggers and the dating of clock times all
/// ask it, so a zone that passes validation is a zone that fires and dates the same way.
/// </summary>
public static class TimeZoneDatabase
{
    private static readonly ConcurrentDictionary<string, DateTimeZone> Zones = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="id"/> is an IANA id of the system database, exactly as it spells it (Windows ids are not).</summary>
    public static bool IsKnown([NotNullWhen(true)] string? id) => TryFind(id, out _);

    public static bool TryFind([NotNullWhen(true)] string? id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        return !string.IsNullOrEmpty(id)
            && TimeZoneInfo.TryFindSystemTimeZoneById(id, out zone)
            && zone.HasIanaId
            && string.Equals(zone.Id, id, StringComparison.Ordinal);
    }

    /// <exception cref="ArgumentException">The id names no zone.</exception>
    public static TimeZoneInfo Find(string id) =>
        TryFind(id, out var zone)
            ? zone
            : throw new ArgumentException($"'{id}' is not a known IANA time-zone id (such as 'Europe/Amsterdam' or 'UTC').", nameof(id));

    /// <summary>The same zone for local-time arithmetic.</summary>
    internal static DateTimeZone ForDating(string id) =>
        Zones.GetOrAdd(id, static zoneId => BclDateTimeZone.FromTimeZoneInfo(Find(zoneId)));
}
