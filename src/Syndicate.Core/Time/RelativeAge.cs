namespace Syndicate.Core.Time;

/// <summary>"16 minuten geleden": a count of units before the reference time.</summary>
public sealed record RelativeAge(string Text, int Amount, AgeUnit Unit) : Age(Text)
{
    public override TimeWindow ToWindow(CaptureClock clock)
    {
        var unit = Unit switch
        {
            AgeUnit.Second => TimeSpan.FromSeconds(1),
            AgeUnit.Minute => TimeSpan.FromMinutes(1),
            AgeUnit.Hour => TimeSpan.FromHours(1),
            AgeUnit.Day => TimeSpan.FromDays(1),
            AgeUnit.Week => TimeSpan.FromDays(7),
            _ => throw new ArgumentOutOfRangeException(nameof(clock), Unit, "Unknown age unit."),
        };
        var (least, most) = clock.Rounding switch
        {
            AgeRounding.Round => ((Amount - 0.5) * unit, (Amount + 0.5) * unit),
            _ => (Amount * unit, (Amount + 1) * unit),
        };
        if (least < TimeSpan.Zero)
        {
            least = TimeSpan.Zero;
        }

        return new TimeWindow(clock.Reference - most, clock.Reference - least);
    }
}
