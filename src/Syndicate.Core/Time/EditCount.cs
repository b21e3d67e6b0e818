using System.Text.RegularExpressions;

namespace Syndicate.Core.Time;

/// <summary>
/// The count of a forum post's edits closing its stamp: "Last edited by Outer on Sun Feb 22, 2026 2:08 am, edited 108
/// times in total.", "(This post was last modified: 2024-01-05, 03:27 AM by StarredSkies. Edited 1 time in total.)",
/// "..., insgesamt 2-mal geändert.", "..., in totaal 3 keer bewerkt."; or opening a forum's edit note: "3 mal bearbeitet.
/// Zuletzt am 19.05.2005 22:22 von ulba.".
/// </summary>
internal static partial class EditCount
{
    // A count of edits in each language read, its word after the number: "3 mal", "108 times", "2-mal".
    private const string Times = @"\d{1,4}[ -]?(?i:times?|mal|fois|veces|vez|volte|volta|keer|vezes)";

    /// <summary>Where the count closing <paramref name="line"/> starts, its separator included; -1 when none closes it.</summary>
    public static int Start(string line) =>
        line.Length > 0 && line[^1] is '.' or ')' && Count().Match(line) is { Success: true } count ? count.Index : -1;

    /// <summary>Whether a count of edits and its participle open the text as a sentence of their own: "3 mal bearbeitet. ...".</summary>
    public static bool Opens(ReadOnlySpan<char> text) => Opening().IsMatch(text);

    [GeneratedRegex("^" + Times + @" +\p{L}+\. ", RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    [GeneratedRegex(@"[,.] +(?:\p{L}+ +){0,3}" + Times + @"(?: +\p{L}+){0,3}\.?\)?$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex Count();
}
