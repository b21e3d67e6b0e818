namespace Syndicate.Core.Time;

/// <summary>"zojuist", "just now": less than a minute before the reference, however the site rounds.</summary>
public sealed record JustNowAge(string Text) : Age(Text)
{
    public override TimeWindow ToWindow(CaptureClock clock) =>
        new(clock.Reference - TimeSpan.FromMinutes(1), clock.Reference);
}
