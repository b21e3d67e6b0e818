using System.Text.RegularExpressions;

namespace Syndicate.Core.Time;

/// <summary>
/// A feed's, a mail's or a program's date as a machine writes it, to the second or with the ISO 8601 "T" between its date
/// and its clock: RFC 822's with its zone ("Sat, 25 May 2024 14:39:21 EDT", "Fri, 03 Feb 2023 17:28:39 +1000"), the C
/// library's with its year last ("Mon Nov 30 15:34:00 CET 2015", "Fri Aug 15 11:32:42 2025") or ISO 8601's
/// ("2026-03-19T14:38:37", "2010-12-12T16:03:14+01:00"). A page that prints one prints its item's stamp, wherever the
/// stamp stands in the line: after a headline and a dash, inside a source credit or a document's fields, glued to the
/// sentence before it or between a feed's date tags. Not a stamp quoted as a value in code ("'last-modified': 'Wed, 13
/// Jun 2012 01:33:50 GMT'"), one that brings in a quoted message ("On Fri, 17 Sep 2004 11:04:29 -0400 Dick Green
/// writes:"), which is the earlier message's, nor one in an element of a document that is no feed's date
/// ("&lt;DataEmissao&gt;2013-04-30T08:57:49", an invoice's).
/// </summary>
internal static partial class MachineStamp
{
    private static readonly HashSet<string> FeedDateElements =
        new(["pubdate", "published", "updated", "lastbuilddate", "date", "modified", "issued", "created"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Where the line's stamp stands, or null when it has none.</summary>
    public static Range? Find(string line)
    {
        if (!line.Contains(':') || Stamp().Match(line) is not { Success: true } stamp)
        {
            return null;
        }

        var end = stamp.Index + stamp.Length;
        return line.AsSpan(end).TrimEnd() is [.., ':'] || OpensAnotherElement(line, stamp.Index) ? null : stamp.Index..end;
    }

    /// <summary>Whether the stamp opens the text of a markup element other than a feed's date ("&lt;pubDate&gt;", "&lt;dc:date&gt;").</summary>
    private static bool OpensAnotherElement(string line, int start)
    {
        if (start == 0 || line[start - 1] != '>' || line.LastIndexOf('<', start - 1) is not (>= 0 and var open))
        {
            return false;
        }

        var tag = line.AsSpan(open + 1, start - 2 - open);
        var name = tag[(tag.IndexOf(':') + 1)..];
        name = name.IndexOf(' ') is >= 0 and var space ? name[..space] : name;
        return !FeedDateElements.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);
    }

    [GeneratedRegex(
        @"(?<![\p{L}'""])(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:, \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (?:[+-]\d{4}|GMT|UTC?|[ECMP][SD]T)| (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) {1,2}\d{1,2} \d{2}:\d{2}:\d{2} (?:[A-Z]{3,4} )?\d{4})(?![\p{L}\d])"
        + @"|(?<![\d'""])\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?",
        RegexOptions.CultureInvariant)]
    private static partial Regex Stamp();
}
