namespace Syndicate.Core.Feeds;

/// <summary>
/// An update interval as the RSS syndication module (<c>sy:updatePeriod</c>, <c>sy:updateFrequency</c>)
/// and RSS <c>ttl</c> say it: the smallest period that holds the interval, updated so many times per period.
/// </summary>
public sealed record UpdatePeriod(string Period, int Frequency, int TtlMinutes)
{
    private static readonly (string Name, TimeSpan Length)[] Periods =
    [
        ("hourly", TimeSpan.FromHours(1)),
        ("daily", TimeSpan.FromDays(1)),
        ("weekly", TimeSpan.FromDays(7)),
        ("monthly", TimeSpan.FromDays(30)),
        ("yearly", TimeSpan.FromDays(365)),
    ];

    public static UpdatePeriod From(TimeSpan interval)
    {
        var positive = interval > TimeSpan.Zero ? interval : TimeSpan.FromMinutes(1);
        var (name, length) = Array.Find(Periods, p => positive <= p.Length) is { Name: not null } fit ? fit : Periods[^1];
        var frequency = Math.Max(1, (int)Math.Round(length / positive));
        return new UpdatePeriod(name, frequency, Math.Max(1, (int)Math.Ceiling(positive.TotalMinutes)));
    }
}
