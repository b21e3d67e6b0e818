using System.Text.RegularExpressions;

namespace Syndicate.Core.Time;

/// <summary>
/// A length closing a meta line after its date, a reading time or a recording's: "Sep 3, 2025 12 mins", "2026/1/01 |
/// 22 mins.", "27/03/23·10m 40s", "Nov 08, 2025 7 min read", "3 min de lectura", "Fr 02.03.18 01:30 | 24:52 min". Minutes
/// with no "ago" after a date with its year are no age.
/// </summary>
internal static partial class TrailingLength
{
    /// <summary>Where the length closing <paramref name="line"/> starts, its separator included; -1 when none closes it.</summary>
    public static int Start(string line) =>
        line.Length > 0 && (char.IsLetter(line[^1]) || line[^1] == '.') && Length().Match(line) is { Success: true } length ? length.Index : -1;

    /// <summary>
    /// Where a reading time closing <paramref name="line"/> starts, its separator included; -1 when none closes it. A
    /// reading time is never an age, so any age before it is the entry's: "2 weeks ago 3 min read", "Oct 6 4 mins read".
    /// </summary>
    public static int ReadingStart(string line) =>
        Start(line) is >= 0 and var start && ReadingTime.IsAlone(line.AsSpan(start).TrimStart(" " + AgeTokenizer.SeparatorMarks).ToString())
            ? start
            : -1;

    [GeneratedRegex("[ " + AgeTokenizer.SeparatorMarks + "]+(?:" + ReadingTime.Pattern + @"|\d{1,3}(?::\d\d)? ?(?i:mins?|minutes?|m)\.?(?: \d{1,2} ?s)?)$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex Length();
}
