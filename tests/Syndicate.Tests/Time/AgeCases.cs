using System.Globalization;
using Syndicate.Core.Time;

namespace Syndicate.Tests.Time;

/// <summary>Reads ages at a fixed reference, Saturday 2026-11-28 10:00 in Amsterdam (09:00 UTC).</summary>
internal static class AgeCases
{
    public const string Amsterdam = "Europe/Amsterdam";

    public static readonly DateTimeOffset Reference = At("2026-11-28T10:00:00+01:00");

    public static CaptureClock Clock(AgeRounding rounding = AgeRounding.Floor) => new(Reference, Amsterdam, rounding);

    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    /// <summary>A window as "lo hi" in UTC, lo "-" when unbounded, with only the fraction digits it needs.</summary>
    public static string Show(TimeWindow window) => $"{(window.Lo is { } lo ? Utc(lo) : "-")} {Utc(window.Hi)}";

    public static TimeWindow WindowOf(string language, string text, CaptureClock clock)
    {
        Assert.True(AgeGrammar.For(language).TryParse(text, out var age), $"'{text}' should be an age in '{language}'.");
        return age.ToWindow(clock);
    }

    public static void AssertWindow(string language, string text, string lo, string hi, CaptureClock? clock = null) =>
        Assert.Equal($"{lo} {hi}", Show(WindowOf(language, text, clock ?? Clock())));

    public static void AssertNotAnAge(string language, string text) =>
        Assert.False(AgeGrammar.For(language).TryParse(text, out var age), $"'{text}' should not be an age in '{language}', but read as {age}.");

    /// <summary>The window <see cref="Show"/> shows as <paramref name="shown"/>.</summary>
    public static TimeWindow Window(string shown)
    {
        var (lo, hi) = (shown.Split(' ')[0], shown.Split(' ')[1]);
        return new TimeWindow(lo == "-" ? null : At(lo), At(hi));
    }

    private static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
