using System.Globalization;
using System.Text.RegularExpressions;

namespace Syndicate.Tests.Conformance;

/// <summary>The date forms the specifications require, and the W3C validator's plausibility window (1990 to a day ahead).</summary>
internal static partial class Dates
{
    /// <summary>RFC 3339 date-time (Atom §3.3, JSON Feed): "2026-11-28T09:00:00Z" or with an offset; "T" and "Z" in upper case.</summary>
    public static bool TryRfc3339(string value, out DateTimeOffset instant)
    {
        instant = default;
        return Rfc3339().IsMatch(value)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }

    /// <summary>RFC 822 as RSS 2.0 takes it, with the four-digit year the RSS Advisory Board's profile asks for.</summary>
    public static bool TryRfc822(string value, out DateTimeOffset instant)
    {
        instant = default;
        var match = Rfc822().Match(value);
        if (!match.Success)
        {
            return false;
        }

        var zone = match.Groups["zone"].Value;
        var offset = zone switch
        {
            "GMT" or "UT" or "Z" => "+00:00",
            "EST" => "-05:00",
            "EDT" => "-04:00",
            "CST" => "-06:00",
            "CDT" => "-05:00",
            "MST" => "-07:00",
            "MDT" => "-06:00",
            "PST" => "-08:00",
            "PDT" => "-07:00",
            _ => zone.Insert(3, ":"),
        };
        var text = $"{match.Groups["day"].Value.PadLeft(2, '0')} {match.Groups["month"].Value} {match.Groups["year"].Value} {match.Groups["time"].Value} {offset}";
        if (!DateTimeOffset.TryParseExact(text, ["dd MMM yyyy HH:mm:ss zzz", "dd MMM yyyy HH:mm zzz"], CultureInfo.InvariantCulture, DateTimeStyles.None, out instant))
        {
            return false;
        }

        // A day name, when given, must be the date's.
        return !match.Groups["dow"].Success || match.Groups["dow"].Value == instant.ToString("ddd", CultureInfo.InvariantCulture);
    }

    public static bool IsPlausible(DateTimeOffset instant, DateTimeOffset now) =>
        instant >= new DateTimeOffset(1990, 1, 1, 0, 0, 0, TimeSpan.Zero) && instant <= now.AddDays(1);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();

    [GeneratedRegex(@"^((?<dow>Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(?<day>\d{1,2}) (?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (?<year>\d{4}) (?<time>\d{2}:\d{2}(:\d{2})?) (?<zone>UT|GMT|Z|[ECMP][SD]T|[+-]\d{4})$")]
    private static partial Regex Rfc822();
}
