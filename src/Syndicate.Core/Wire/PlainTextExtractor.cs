using System.Text;

namespace Syndicate.Core.Wire;

/// <summary>
/// A flattened page: every non-empty line is a block, except on a hard-wrapped page (a print archive's or a plain-text
/// bulletin's, its sentences broken at a fixed width), where a line that goes on in lower case after a line that ends no
/// sentence continues that line's paragraph.
/// </summary>
public static class PlainTextExtractor
{
    // A page is hard-wrapped when at least this many lines, and a fifth of the lines that have a line right after them,
    // break a sentence.
    private const int MinWrappedLines = 5;
    private const int WrappedShareDivisor = 5;

    // A line at least three quarters of the page's width was broken there.
    private const int FullWidthNumerator = 3;
    private const int FullWidthDenominator = 4;

    public static IReadOnlyList<TextBlock> Extract(ReadOnlySpan<char> text)
    {
        var lines = new List<(string Text, bool AfterBlank)>();
        var afterBlank = true;
        foreach (var line in text.EnumerateLines())
        {
            var collapsed = Whitespace.Collapse(line);
            if (collapsed.Length == 0)
            {
                afterBlank = true;
                continue;
            }

            lines.Add((collapsed, afterBlank));
            afterBlank = false;
        }

        var width = WrapWidth(lines);
        return width > 0 ? Rewrapped(lines, width) : lines.ConvertAll(l => new TextBlock(l.Text));
    }

    /// <summary>
    /// The width a hard-wrapped page breaks its lines at (the longest line that goes on in lower case), or 0 when the
    /// page is not hard-wrapped.
    /// </summary>
    private static int WrapWidth(List<(string Text, bool AfterBlank)> lines)
    {
        var adjacent = 0;
        var broken = 0;
        var width = 0;
        for (var i = 1; i < lines.Count; i++)
        {
            if (!lines[i].AfterBlank)
            {
                adjacent++;
                if (GoesOnInLowerCase(lines[i - 1].Text, lines[i].Text) && !OpensAByline(lines[i].Text))
                {
                    broken++;
                    width = Math.Max(width, lines[i - 1].Text.Length);
                }
            }
        }

        return broken >= MinWrappedLines && broken * WrappedShareDivisor >= adjacent ? width : 0;
    }

    // A line broken at the page's width before a name goes on in capitals: "... Luis Suazo y" / "Luis González en ...".
    private static List<TextBlock> Rewrapped(List<(string Text, bool AfterBlank)> lines, int width)
    {
        var blocks = new List<TextBlock>(lines.Count);
        var paragraph = new StringBuilder(lines[0].Text);
        for (var i = 1; i < lines.Count; i++)
        {
            var (last, next) = (lines[i - 1].Text, lines[i].Text);
            var fullWidth = last.Length * FullWidthDenominator >= width * FullWidthNumerator && (char.IsLower(last[^1]) || last[^1] == ',');
            if (!lines[i].AfterBlank && (GoesOnInLowerCase(last, next) || (fullWidth && char.IsUpper(next[0]))))
            {
                paragraph.Append(' ').Append(next);
            }
            else
            {
                blocks.Add(new TextBlock(paragraph.ToString()));
                paragraph.Clear().Append(next);
            }
        }

        blocks.Add(new TextBlock(paragraph.ToString()));
        return blocks;
    }

    // A byline in lower case under each headline of a list breaks no sentence: "por EFE Noticias | 10/14/2020 - 13:00",
    // "von VRT NWS am ...".
    private static bool OpensAByline(string line) =>
        Byline.StartsOne(line) && line.IndexOf(' ') is var space && space + 1 < line.Length && char.IsUpper(line[space + 1]);

    private static bool GoesOnInLowerCase(string line, string next) =>
        char.IsLower(next[0]) && line.TrimEnd('"', '”', '’', '»', ')') is [.., not ('.' or '!' or '?' or ':' or ';')];
}
