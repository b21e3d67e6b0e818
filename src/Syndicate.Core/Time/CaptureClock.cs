using NodaTime;

namespace Syndicate.Core.Time;

/// <summary>What an age on a captured page is relative to.</summary>
/// <param name="Reference">The instant the page's ages were computed at.</param>
/// <param name="TimeZoneId">The IANA zone the site prints clock times in.</param>
/// <param name="Rounding">How the site rounds ages.</param>
/// <exception cref="ArgumentException">The time-zone id is not a known IANA id.</exception>
public sealed record CaptureClock(DateTimeOffset Reference, string TimeZoneId, AgeRounding Rounding)
{
    // The initializer validates construction; the init accessor validates "with" expressions.
    public string TimeZoneId { get; init => field = Known(value); } = Known(TimeZoneId);

    internal DateTimeZone Zone => DateTimeZoneProviders.Tzdb[TimeZoneId];

    /// <summary>Whether <paramref name="id"/> is an IANA time-zone id such as "Europe/Amsterdam" (case-sensitive).</summary>
    public static bool IsKnownTimeZone(string id) =>
        !string.IsNullOrEmpty(id) && DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is not null;

    private static string Known(string timeZoneId) => IsKnownTimeZone(timeZoneId)
        ? timeZoneId
        : throw new ArgumentException(
            $"'{timeZoneId}' is not a known IANA time-zone id (such as 'Europe/Amsterdam' or 'UTC').",
            nameof(timeZoneId));
}
