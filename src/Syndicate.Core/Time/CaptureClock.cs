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

    internal DateTimeZone Zone => TimeZoneDatabase.ForDating(TimeZoneId);

    private static string Known(string timeZoneId) => TimeZoneDatabase.Find(timeZoneId).Id;
}
