namespace Syndicate.Core.Wire;

/// <summary>
/// Measures how deep a page nests its elements, over its tokens and without building anything. The HTML tree builder
/// checks the open elements at every tag, so a page nested thousands deep costs quadratic time to read (100,000
/// nested divs: most of a minute); browsers cap the depth for the same reason.
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
    public static bool IsTooDeep(ReadOnlyMemory<char> html)
    {
        var tokens = new HtmlTokenScanner(html);
        var depth = 0;
        while (tokens.Next())
        {
            if (tokens.Kind == HtmlToken.Text || tokens.PassedOverText() || tokens.SelfClosing || UncountedNames.Contains(tokens.Span))
            {
                continue;
            }

            depth = tokens.Kind == HtmlToken.EndTag ? Math.Max(0, depth - 1) : depth + 1;
            if (depth > MaxDepth)
            {
                return true;
            }
        }

        return false;
    }
}
