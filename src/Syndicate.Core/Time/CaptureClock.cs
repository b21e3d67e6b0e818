namespace Syndicate.Core.Time;

/// <summary>What an age on a captured page is relative to.</summary>
/// <param name="Reference">The instant the page's ages were computed at.</param>
/// <param name="TimeZoneId">The IANA zone the site prints clock times in.</param>
/// <param name="Rounding">How the site rounds ages.</param>
public sealed record CaptureClock(DateTimeOffset Reference, string TimeZoneId, AgeRounding Rounding);
