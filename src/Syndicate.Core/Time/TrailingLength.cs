using System.Text.RegularExpressions;

namespace Syndicate.Core.Time;

/// <summary>
/// A length closing a meta line after its date, a reading time or a recording's: "Sep 3, 2025 12 mins", "2026/1/01 |
/// 22 mins.", "27/03/23·10m 40s", "Nov 08, 2025 7 min read", "3 min de lectura", "Fr 02.03.18 01:30 | 24:52 min". Minutes
/// with no "ago" after a date with its year are no age. A length after its label says what it is, whatever stands
/// before it: "23/09/2021 Duración: 04min", "RADIO - 16:30. Durata: 29 min 32 sec".
/// </summary>
internal static partial class TrailingLength
{
    /// <summary>Where the length closing <paramref name="line"/> starts, its separator included; -1 when none closes it.</summary>
    public static int Start(string line) =>
        line.Length > 0 && (char.IsLetter(line[^1]) || line[^1] == '.') && Length().Match(line) is { Success: true } length ? length.Index : -1;

    /// <summary>
    /// Where a length that says what it is closes <paramref name="line"/>, its separator included; -1 when none closes
    /// it. A reading time or a labelled length is never an age, so any age before it is the entry's: "2 weeks ago 3 min
    /// read", "Oct 6 4 mins read", "RADIO - 16:30. Durata: 29 min 32 sec".
    /// </summary>
    public static int DeclaredStart(string line)
    {
        if (Start(line) is not (>= 0 and var start))
        {
            return -1;
        }

        var length = line.AsSpan(start).TrimStart(" " + AgeTokenizer.SeparatorMarks).ToString();
        return ReadingTime.IsAlone(length) || Labelled().IsMatch(length) ? start : -1;
    }

    /// <summary>
    /// Where a length in two glued parts closes <paramref name="line"/> with no "ago" after it: a film's "1h 56m", an
    /// episode's "5m 46s", a transcript's "Peter Reinhardt 2m 6s"; -1 when none closes it. One glued part alone is a
    /// relative age ("5m"), and so are two with their "ago" ("2h 30m ago").
    /// </summary>
    public static int GluedPartsStart(string line) => GluedParts().Match(line) is { Success: true } parts ? parts.Index : -1;

    /// <summary>The word a length is labelled with, in the seven languages.</summary>
    private const string Label = @"(?i:duration|length|dauer|länge|duur|tijdsduur|durée|duración|durata|duração)\s?:\s?";

    [GeneratedRegex("[ " + AgeTokenizer.SeparatorMarks + "]+(?:" + ReadingTime.Pattern + "|(?:" + Label + @")?\d{1,3}(?::\d\d)? ?(?i:mins?|minutes?|m)\.?(?: \d{1,2} ?(?i:s|secs?)\.?)?)$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex Length();

    [GeneratedRegex(@"(?<![\p{L}\d])\d{1,3}(?i:h ?\d{1,2}m|m ?\d{1,2}s)\s*$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex GluedParts();

    [GeneratedRegex("^" + Label, RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();
}
