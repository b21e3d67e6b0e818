namespace Syndicate.Core.Time;

/// <summary>Which instant a capture's ages were computed at.</summary>
public static class ReferenceTime
{
    /// <summary>How far a response's Date header may lie from the local receive time and still be believed.</summary>
    public static readonly TimeSpan DateHeaderTolerance = TimeSpan.FromHours(24);

    /// <summary>
    /// How long after a Date header's instant the response may have been made: the header counts whole seconds, so a
    /// page whose ages were computed at 12:00:00.7 says 12:00:00.
    /// </summary>
    public static readonly TimeSpan DatePrecision = TimeSpan.FromSeconds(1);

    /// <summary>Two clocks this close agree: a Date this close to the receive time was stamped by a synchronised clock.</summary>
    public static readonly TimeSpan SameClock = TimeSpan.FromMinutes(1);

    /// <summary>
    /// When the page was generated, by the clock of the server that generated it: its ages were computed then.
    /// <list type="bullet">
    /// <item>The Date header is believed (RFC 9110: when the origin produced the response), even hours off this
    /// server's clock, since the site's ages count from its own clock; only a Date more than
    /// <see cref="DateHeaderTolerance"/> off is no clock at all (a fixed or zero date), and then the receive time is
    /// used.</item>
    /// <item>An Age header says a cache held the copy that long. A cache that keeps the origin's Date (RFC 9111, as
    /// Varnish 4 and later do) sends a Date about Age before the receive time: the Date is the generation time. A
    /// cache that stamps Date at delivery (as Varnish 3 did) sends a Date within <see cref="SameClock"/> of the receive
    /// time: the page was generated Age before that Date. Without a usable Date, the receive time less the Age.</item>
    /// </list>
    /// </summary>
    public static DateTimeOffset Choose(DateTimeOffset? dateHeader, TimeSpan? ageHeader, DateTimeOffset receivedAt)
    {
        var cached = ageHeader is { } age && age > TimeSpan.Zero ? age : TimeSpan.Zero;
        if (!IsClock(dateHeader, receivedAt, out var date))
        {
            return receivedAt - cached;
        }

        return (date - receivedAt).Duration() <= SameClock ? date - cached : date;
    }

    /// <summary>How long after <see cref="Choose"/>'s instant the page may have been made: <see cref="DatePrecision"/> when it counts from the Date header.</summary>
    public static TimeSpan PrecisionOf(DateTimeOffset? dateHeader, DateTimeOffset receivedAt) =>
        IsClock(dateHeader, receivedAt, out _) ? DatePrecision : TimeSpan.Zero;

    private static bool IsClock(DateTimeOffset? dateHeader, DateTimeOffset receivedAt, out DateTimeOffset date)
    {
        date = dateHeader ?? default;
        return dateHeader is not null && (date - receivedAt).Duration() <= DateHeaderTolerance;
    }
}
