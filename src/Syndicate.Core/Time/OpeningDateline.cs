using System.Text.RegularExpressions;

namespace Syndicate.Core.Time;

/// <summary>
/// A wire item's dateline opening its text: a place, a comma and the item's date, closed by the agency's credit in
/// parentheses or by a dash ("Roma, 22 gen. (LaPresse) – Termina 2-2 il match ...", "San Salvador, 20 ene (Prensa
/// Latina) Cerca de 80 ciclistas ...", "Nigeria, April 20 -- The anniversary ..."), or the credit first ("(ANSA) -
/// ROMA, 22 SET - Il governo ..."). The dash may touch the date or the text ("PAPEETE, le 30 décembre 2015- Les ...",
/// "Boulsa, 07 fév. 2019 (AIB)-Plusieurs ..."), follow the credit's full stop as Spanish wires print it ("Madrid, 12
/// oct (EFE).- Las ..."), a colon may follow the credit ("Islamabad [Pakistan], September 8 (ANI): Pakistan's ..."), or
/// a dash follow a press release's credit between slashes ("QUÉBEC, le 8 déc. 2025 /CNW/ - Le ..."); the place may name
/// its region or country after a comma ("TAMPA, Fla., April 29, 2015 /PRNewswire/ -- ...", "NAIROBI, Kenya, Feb
/// 26-Nairobi ...") or its country in brackets before the comma ("Toronto (Canadá), 9 sep (EFE).- Las ...", "Islamabad
/// [Pakistan], September 8 (ANI): ..."). A place in capitals may stand before a date with its year without a comma,
/// closed by a dash or a credit of one or two words ("NAIVASHA JUNE 9, 2017 (CISA) – Bishop ...", "PIOMBINO 2 maggio
/// 2016 — Mercoledì ...", not "BEFORE DECEMBER 15, 2025 (THE LEAD PLAINTIFF DEADLINE) TO ..."), and any place before
/// its date in brackets, closed by a dash or a full stop ("Brasília (15/10) – O pedido ...", "Axel Schaper (20. Mai
/// 2008). Auf Leserreise ..."). A date with its year may close the dateline by itself, a full stop or a space before
/// the text's capital ("PAPEETE, le 30 décembre 2015. Le yacht ...", "PADOVA, 08 marzo 2016 Domenica 6 marzo ..."); any
/// date may close it with a colon before a capital ("Kolkata, Jan 15: Sky is the limit ...", not "Daily menu, August
/// 18: delightful ..."). The date is the item's day whatever the text after it holds. A place that reads as an age is a
/// weekday opening a stamp, no dateline ("Thu., January 08, 2026, 2:00 p.m. - The board meets ..."). The wire
/// recognizer's <c>Wire.Dateline</c> reads every opening with the agencies' catalog; the age grammar, below it, needs
/// only where the date stands.
/// </summary>
internal static partial class OpeningDateline
{
    /// <summary>
    /// Where the dateline's place and date stand in <paramref name="line"/> and where the text after it starts, the
    /// dateline opening at <paramref name="start"/>; empty ranges when none opens there.
    /// </summary>
    public static (Range Place, Range Date, int Text) Find(string line, int start = 0) =>
        start < line.Length && (char.IsUpper(line[start]) || line[start] == '(') && Dateline().Match(line, start) is { Success: true } dateline
            ? (Span(dateline.Groups["place"]), Span(dateline.Groups["date"]), dateline.Index + dateline.Length)
            : default;

    private static Range Span(Group group) => group.Index..(group.Index + group.Length);

    [GeneratedRegex(
        @"\G(?:\(\p{L}[^()\d]{0,40}\) *[-–—]{1,2} *)?(?:" +
        @"(?<place>\p{Lu}[\p{L}.'’-]*(?: (?:\p{Ll}{1,3} )?\p{Lu}[\p{L}.'’-]*){0,3})(?: [(\[]\p{Lu}[\p{L} .'’-]{1,25}[)\]])?(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?)?, (?<date>[^()]{3,30}?)(?: \(\p{L}[^()\d]{0,40}\)(?: *\.?[-–—]{1,2} *|:? +)| /\p{L}[^/\d]{0,40}/ *[-–—]{1,2} *| *[-–—]{1,2} *|(?<=\d{4})\.? +(?=[\p{Lu}""“«‘])|: +(?=[\p{Lu}""“«‘]))" +
        @"|(?<place>\p{Lu}{2,}[\p{Lu}.'’-]*(?: \p{Lu}{2,}[\p{Lu}.'’-]*){0,2}?) (?<date>[^()]{3,30}?\d{4})(?: ?\(\p{L}[\p{L}.]{1,15}(?: \p{L}[\p{L}.]{1,15})?\)(?: *\.?[-–—]{1,2} *| +)| *[-–—]{1,2} *)" +
        @"|(?<place>\p{Lu}[\p{L}.'’-]*(?: (?:\p{Ll}{1,3} )?\p{Lu}[\p{L}.'’-]*){0,3})(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?)? \((?<date>[^()]{3,30})\)(?: *[-–—]{1,2} *|\. +(?=[\p{Lu}""“«‘])))" +
        @"(?=[\p{L}""“«‘])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();
}
