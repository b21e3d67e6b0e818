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

    /// <summary>
    /// How long after <see cref="Reference"/> the ages may have been computed (a Date header counts whole seconds): an
    /// age read on the page allows its window's upper end that much later (<see cref="WindowOf"/>).
    /// </summary>
    public TimeSpan Precision { get; init; }

    internal DateTimeZone Zone => TimeZoneDatabase.ForDating(TimeZoneId);

    /// <summary>The window <paramref name="age"/> allows on a page made at any instant from <see cref="Reference"/> to <see cref="Precision"/> after it.</summary>
    public TimeWindow WindowOf(Age age) => age.ToWindow(this) is var window && Precision > TimeSpan.Zero
        ? new TimeWindow(window.Lo, window.Hi + Precision)
        : window;

    private static string Known(string timeZoneId) => TimeZoneDatabase.Find(timeZoneId).Id;
}
