using System.Buffers;
using System.Text.RegularExpressions;

namespace Syndicate.Core.Time;

/// <summary>
/// A temperature read out in a line: degrees with their scale ("28°C", "11 °C", "87°F", "16ºC"), degrees with a decimal
/// ("19.45º"), or a decimal with its scale after a space as weather widgets print it ("14.9 C"). A line that holds one
/// beside a date is a page header's weather and the day of the visit ("25.5 C Mercedes miércoles, febrero 25, 2026",
/// "• Tarija, BO 28°C 24 de enero de 2026"), or a forecast's day, no item's age. An ordinal's degree sign is none ("1°
/// luglio", "2º Grau"), nor are a position's degrees ("50°42.67’N").
/// </summary>
internal static partial class Temperature
{
    private static readonly SearchValues<char> Degrees = SearchValues.Create("°º");

    private static readonly SearchValues<string> Scales = SearchValues.Create([" C", " F"], StringComparison.Ordinal);

    /// <summary>Whether <paramref name="line"/> holds a temperature.</summary>
    public static bool IsIn(string line) =>
        (line.AsSpan().ContainsAny(Degrees) || line.AsSpan().ContainsAny(Scales)) && Reading().IsMatch(line);

    [GeneratedRegex(@"\d(?:[.,]\d+)? ?[°º] ?[CF]\b|\d[.,]\d+ ?[°º]|\d[.,]\d [CF]\b", RegexOptions.CultureInvariant)]
    private static partial Regex Reading();
}
