using NodaTime;
using NodaTime.TimeZones;

namespace Syndicate.Core.Time;

/// <summary>
/// The windows of local days and minutes in a capture's zone. A local span [start, end) becomes the
/// window (start − 1 tick, end − 1 tick], capped at the reference; a span wholly after the reference
/// says nothing but that the item existed then: (−∞, reference].
/// </summary>
internal static class LocalWindows
{
    // A minute that occurs twice (the repeated hour) starts at its first occurrence and ends after its
    // second; a minute skipped by a gap is moved forward by the gap's length.
    private static readonly ZoneLocalMappingResolver FirstOccurrence =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnForwardShifted);

    private static readonly ZoneLocalMappingResolver LastOccurrence =
        Resolvers.CreateMappingResolver(Resolvers.ReturnLater, Resolvers.ReturnForwardShifted);

    public static LocalDate Today(CaptureClock clock) =>
        Instant.FromDateTimeOffset(clock.Reference).InZone(clock.Zone).Date;

    public static TimeWindow Day(LocalDate date, CaptureClock clock) => Days(date, date.PlusDays(1), clock);

    /// <summary>The local days from <paramref name="first"/> up to, not including, <paramref name="next"/>.</summary>
    public static TimeWindow Days(LocalDate first, LocalDate next, CaptureClock clock) => Between(
        clock.Zone.AtStartOfDay(first).ToInstant(),
        clock.Zone.AtStartOfDay(next).ToInstant(),
        clock.Reference);

    public static TimeWindow Minute(LocalDateTime minute, CaptureClock clock) => Between(
        MinuteStart(minute, clock),
        clock.Zone.ResolveLocal(minute, LastOccurrence).ToInstant() + Duration.FromMinutes(1),
        clock.Reference);

    public static bool StartsAfterReference(LocalDateTime minute, CaptureClock clock) =>
        MinuteStart(minute, clock).ToDateTimeOffset() > clock.Reference;

    public static LocalDateTime At(LocalDate date, TimeOnly time) => date + LocalTime.FromTimeOnly(time);

    private static Instant MinuteStart(LocalDateTime minute, CaptureClock clock) =>
        clock.Zone.ResolveLocal(minute, FirstOccurrence).ToInstant();

    private static TimeWindow Between(Instant start, Instant end, DateTimeOffset reference)
    {
        var lo = start.ToDateTimeOffset().AddTicks(-1);
        if (lo >= reference)
        {
            return TimeWindow.Until(reference);
        }

        var hi = end.ToDateTimeOffset().AddTicks(-1);
        return new TimeWindow(lo, hi < reference ? hi : reference);
    }
}
