using System.Globalization;

namespace Syndicate.Sources;

/// <summary>Durations in the words an admin reads: "90 seconds", "8 minutes", "2.5 hours".</summary>
public static class Durations
{
    public static string Describe(TimeSpan duration) => duration switch
    {
        { TotalSeconds: < 120 } => Plural(duration.TotalSeconds, "second"),
        { TotalMinutes: < 120 } => Plural(duration.TotalMinutes, "minute"),
        { TotalHours: < 48 } => Plural(duration.TotalHours, "hour"),
        _ => Plural(duration.TotalDays, "day"),
    };

    private static string Plural(double amount, string unit)
    {
        var rounded = Math.Round(amount, amount < 10 ? 1 : 0);
        return string.Create(CultureInfo.InvariantCulture, $"{rounded:0.#} {unit}{(rounded == 1 ? "" : "s")}");
    }
}
