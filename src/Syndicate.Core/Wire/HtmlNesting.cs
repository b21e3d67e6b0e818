namespace Syndicate.Core.Wire;

/// <summary>
/// Measures how deep a page nests its elements without parsing it. The HTML tree builder checks
/// the open elements at every tag, so a page nested thousands deep costs quadratic time to parse
/// (100,000 nested divs: most of a minute); browsers cap the depth for the same reason.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>Blink's limit on the depth of the tree its parser builds.</summary>
    public const int MaxDepth = 512;

    // Elements that never have content or that the parser closes by itself when the next one opens.
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "colgroup", "caption",
        "rb", "rp", "rt", "rtc", "html", "head", "body",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UncountedNames = Uncounted.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether any point of <paramref name="html"/> has more than <see cref="MaxDepth"/> elements open.</summary>
    public static bool IsTooDeep(string html)
    {
        var depth = 0;
        var i = html.IndexOf('<', StringComparison.Ordinal);
        while (i >= 0 && i + 1 < html.Length)
        {
            var next = html[i + 1];
            if (next is '!' or '?')
            {
                i = SkipPast(html, i, html.AsSpan(i).StartsWith("<!--") ? "-->" : ">");
            }
            else if (next == '/' || char.IsAsciiLetter(next))
            {
                var closing = next == '/';
                var nameStart = closing ? i + 2 : i + 1;
                var nameEnd = nameStart;
                while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
                {
                    nameEnd++;
                }

                var name = html.AsSpan(nameStart, nameEnd - nameStart);
                var end = html.IndexOf('>', nameEnd);
                if (end < 0)
                {
                    return false;
                }

                var selfClosing = html[end - 1] == '/';
                i = end;
                if (!closing && EndTagOfText(name) is { } endTag)
                {
                    i = SkipPast(html, end, endTag);
                }
                else if (name.Length > 0 && !selfClosing && !UncountedNames.Contains(name))
                {
                    depth = closing ? Math.Max(0, depth - 1) : depth + 1;
                    if (depth > MaxDepth)
                    {
                        return true;
                    }
                }
            }

            i = i < 0 ? -1 : html.IndexOf('<', i + 1);
        }

        return false;
    }

    /// <summary>The end tag of an element whose content is text, not elements.</summary>
    private static string? EndTagOfText(ReadOnlySpan<char> name) => name switch
    {
        "script" => "</script",
        "style" => "</style",
        "textarea" => "</textarea",
        "title" => "</title",
        _ => null,
    };

    private static int SkipPast(string html, int from, string marker)
    {
        var at = html.IndexOf(marker, from + 1, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? -1 : at + marker.Length - 1;
    }
}
