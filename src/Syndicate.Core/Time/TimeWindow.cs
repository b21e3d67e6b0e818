namespace Syndicate.Core.Time;

/// <summary>
/// The half-open interval (Lo, Hi] in which an item was published. A null <see cref="Lo"/> is
/// unbounded: all that is known is that the item existed at <see cref="Hi"/>.
/// </summary>
public readonly record struct TimeWindow
{
    public TimeWindow(DateTimeOffset? lo, DateTimeOffset hi)
    {
        if (lo is { } l && l >= hi)
        {
            throw new ArgumentException($"A window's lower bound ({l:O}) must lie before its upper bound ({hi:O}).", nameof(lo));
        }

        Lo = lo?.ToUniversalTime();
        Hi = hi.ToUniversalTime();
    }

    public DateTimeOffset? Lo { get; }

    public DateTimeOffset Hi { get; }

    /// <summary>The single instant a feed shows: the midpoint, or the upper bound when unbounded below.</summary>
    public DateTimeOffset Estimate => Lo is { } lo ? lo + ((Hi - lo) / 2) : Hi;

    public static TimeWindow Until(DateTimeOffset hi) => new(null, hi);

    public bool Contains(DateTimeOffset instant) => instant <= Hi && (Lo is not { } lo || instant > lo);

    /// <summary>The window both sightings allow, or null when they contradict each other.</summary>
    public TimeWindow? Intersect(TimeWindow other)
    {
        var hi = Hi < other.Hi ? Hi : other.Hi;
        DateTimeOffset? lo = (Lo, other.Lo) switch
        {
            (null, var b) => b,
            (var a, null) => a,
            ({ } a, { } b) => a > b ? a : b,
        };
        return lo is { } l && l >= hi ? null : new TimeWindow(lo, hi);
    }

    public override string ToString() => $"({Lo?.ToString("O") ?? "-inf"}, {Hi:O}]";
}
