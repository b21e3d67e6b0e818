using System.Globalization;

namespace Syndicate.Sources;

/// <summary>Durations in the words an admin reads: "every 90 seconds", "every minute", "every 2.5 hours".</summary>
public static class Durations
{
    public static string Every(TimeSpan duration)
    {
        var (amount, unit) = duration switch
        {
            { TotalSeconds: < 60 } => (duration.TotalSeconds, "second"),
            { TotalMinutes: < 120 } => (duration.TotalMinutes, "minute"),
            { TotalHours: < 48 } => (duration.TotalHours, "hour"),
            _ => (duration.TotalDays, "day"),
        };
        var rounded = Math.Round(amount, amount < 10 ? 1 : 0);
        return rounded == 1 ? $"every {unit}" : string.Create(CultureInfo.InvariantCulture, $"every {rounded:0.#} {unit}s");
    }
}
