namespace Syndicate.Core.Time;

/// <summary>
/// "16 minuten geleden": a count of units before the reference time. The count is
/// <see cref="Amount"/> / <see cref="Parts"/> units and precise to one part: "2,5 uur" is 5 halves
/// of an hour, "drie kwartier" 3 quarters, "2 uur en 5 minuten" 125 minutes.
/// </summary>
public sealed record RelativeAge(string Text, int Amount, AgeUnit Unit) : Age(Text)
{
    /// <summary>A month is 28 to 31 days and a year 365 or 366: windows take the widest reading.</summary>
    private static readonly TimeSpan ShortestMonth = TimeSpan.FromDays(28);
    private static readonly TimeSpan LongestMonth = TimeSpan.FromDays(31);
    private static readonly TimeSpan ShortestYear = TimeSpan.FromDays(365);
    private static readonly TimeSpan LongestYear = TimeSpan.FromDays(366);

    /// <summary>"Less than" windows are at least this wide: "a few seconds" may mean half a minute.</summary>
    private static readonly TimeSpan NarrowestLessThan = TimeSpan.FromMinutes(1);

    public int Parts { get; init; } = 1;

    public AgeBound Bound { get; init; } = AgeBound.Exactly;

    public override TimeWindow ToWindow(CaptureClock clock)
    {
        var (shortest, longest) = Unit switch
        {
            AgeUnit.Second => (TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)),
            AgeUnit.Minute => (TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1)),
            AgeUnit.Hour => (TimeSpan.FromHours(1), TimeSpan.FromHours(1)),
            AgeUnit.Day => (TimeSpan.FromDays(1), TimeSpan.FromDays(1)),
            AgeUnit.Week => (TimeSpan.FromDays(7), TimeSpan.FromDays(7)),
            AgeUnit.Month => (ShortestMonth, LongestMonth),
            AgeUnit.Year => (ShortestYear, LongestYear),
            _ => throw new ArgumentOutOfRangeException(nameof(clock), Unit, "Unknown age unit."),
        };
        var reference = clock.Reference;

        // In half parts, so that the rounded window's half a step is whole: 2·Amount is the count.
        TimeSpan Halves(TimeSpan unit, int halves) => TimeSpan.FromTicks((long)(unit.Ticks * (Int128)halves / (2 * Parts)));
        var count = 2 * Amount;
        return Bound switch
        {
            AgeBound.LessThan => new TimeWindow(reference - Max(Halves(longest, count), NarrowestLessThan), reference),
            AgeBound.MoreThan => TimeWindow.Until(reference - Halves(shortest, count)),
            _ when clock.Rounding == AgeRounding.Round => new TimeWindow(
                reference - Halves(longest, count + 1), reference - Halves(shortest, Math.Max(0, count - 1))),
            _ => new TimeWindow(reference - Halves(longest, count + 2), reference - Halves(shortest, count)),
        };
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
