using Syndicate.Core.Time;

namespace Syndicate.Storage;

/// <summary>Instants as the database keeps them: Unix milliseconds (UTC), windows as two such columns.</summary>
public static class UnixTime
{
    public static long Milliseconds(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds();

    public static long? Milliseconds(DateTimeOffset? instant) => instant?.ToUnixTimeMilliseconds();

    public static DateTimeOffset Instant(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);

    public static DateTimeOffset? Instant(long? milliseconds) => milliseconds is { } value ? Instant(value) : null;

    /// <summary>The window (lo, hi] kept as <c>window_lo</c> (null: unbounded) and <c>window_hi</c>.</summary>
    public static TimeWindow Window(long? lo, long hi) => new(Instant(lo), Instant(hi));
}
