using System.Text.RegularExpressions;

namespace Syndicate.Core.Time;

/// <summary>
/// A feed's, a mail's or a program's date as a machine writes it, its weekday and month in English and short, to the
/// second: RFC 822's with its zone ("Sat, 25 May 2024 14:39:21 EDT", "Fri, 03 Feb 2023 17:28:39 +1000") or the C
/// library's with its year last ("Mon Nov 30 15:34:00 CET 2015", "Fri Aug 15 11:32:42 2025"). A page that prints one
/// prints its item's stamp, wherever the stamp stands in the line: after a headline and a dash, inside a source credit or
/// a document's fields, glued to the sentence before it or between a feed's tags. Not a stamp quoted as a value in code
/// ("'last-modified': 'Wed, 13 Jun 2012 01:33:50 GMT'"), one that brings in a quoted message ("On Fri, 17 Sep 2004
/// 11:04:29 -0400 Dick Green writes:"), which is the earlier message's.
/// </summary>
internal static partial class MachineStamp
{
    /// <summary>Where the line's stamp stands, or null when it has none.</summary>
    public static Range? Find(string line)
    {
        if (!line.Contains(':') || Stamp().Match(line) is not { Success: true } stamp)
        {
            return null;
        }

        var end = stamp.Index + stamp.Length;
        return line.AsSpan(end).TrimEnd() is [.., ':'] ? null : stamp.Index..end;
    }

    [GeneratedRegex(
        @"(?<![\p{L}'""])(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:, \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (?:[+-]\d{4}|GMT|UTC?|[ECMP][SD]T)| (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) {1,2}\d{1,2} \d{2}:\d{2}:\d{2} (?:[A-Z]{3,4} )?\d{4})(?![\p{L}\d])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Stamp();
}
