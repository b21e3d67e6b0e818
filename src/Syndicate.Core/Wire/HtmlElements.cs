namespace Syndicate.Core.Wire;

/// <summary>
/// The HTML standard's kinds of elements, as its tree builder tells them apart (<see cref="HtmlTokenReader"/>), by
/// lower-case name.
/// </summary>
internal static class HtmlElements
{
    /// <summary>The names a page's tags are mostly written with, so a tag's name is a string already made.</summary>
    public static readonly HashSet<string> KnownNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "address", "applet", "area", "article", "aside", "b", "base", "basefont", "bgsound", "big",
        "blockquote", "body", "br", "button", "caption", "center", "cite", "code", "col", "colgroup", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font", "footer",
        "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html",
        "i", "iframe", "image", "img", "input", "keygen", "label", "li", "link", "listing", "main", "marquee", "math",
        "menu", "meta", "nav", "nobr", "noembed", "noframes", "noscript", "object", "ol", "optgroup", "option", "p",
        "param", "picture", "plaintext", "pre", "rb", "rp", "rt", "rtc", "ruby", "s", "script", "search", "section",
        "select", "small", "source", "span", "strike", "strong", "style", "sub", "summary", "sup", "svg", "table",
        "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "tt", "u",
        "ul", "var", "video", "wbr", "xmp", "path", "g", "use", "mi", "mo", "mn", "ms", "mtext", "annotation-xml",
        "foreignobject", "desc",
    };

    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownNameLookup = KnownNames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The standard's "special" elements: an end tag for another element does not close across them.</summary>
    public static readonly HashSet<string> Special =
    [
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br",
        "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed",
        "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6",
        "head", "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main",
        "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript", "object", "ol", "p", "param", "plaintext",
        "pre", "script", "search", "section", "select", "source", "style", "summary", "table", "tbody", "td",
        "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp",
    ];

    /// <summary>Start tags that close an open &lt;p&gt; and open a block.</summary>
    public static readonly HashSet<string> ClosesParagraph =
    [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section",
        "summary", "ul", "pre", "listing", "table",
    ];

    /// <summary>End tags that close their element with whatever it still has open.</summary>
    public static readonly HashSet<string> BlockEndTags =
    [
        "address", "article", "aside", "blockquote", "button", "center", "details", "dialog", "dir", "div", "dl",
        "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "listing", "main", "menu", "nav", "ol", "pre",
        "search", "section", "summary", "ul",
    ];

    public static readonly HashSet<string> Formatting = ["a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"];

    public static readonly HashSet<string> Headings = ["h1", "h2", "h3", "h4", "h5", "h6"];

    public static readonly HashSet<string> ClosedImplicitly = ["dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc"];

    /// <summary>Elements whose content is text up to their end tag (with character references where <see cref="TextWithReferences"/>).</summary>
    public static readonly HashSet<string> TextOnly = ["script", "style", "xmp", "iframe", "noembed", "noframes", "title", "textarea"];

    public static readonly HashSet<string> TextWithReferences = ["title", "textarea"];

    public static readonly HashSet<string> HeadContent = ["base", "basefont", "bgsound", "link", "meta", "title", "style", "script", "noframes", "noscript", "template", "html", "head"];

    public static readonly HashSet<string> ScopeBoundaries = ["applet", "caption", "html", "table", "td", "th", "marquee", "object", "template"];

    public static readonly HashSet<string> ForeignScopeBoundaries = ["mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title"];

    public static readonly HashSet<string> IntegrationPoints = ["mi", "mo", "mn", "ms", "mtext", "foreignobject", "desc", "title"];

    /// <summary>HTML start tags that end foreign content.</summary>
    public static readonly HashSet<string> LeavesForeignContent =
    [
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2",
        "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre",
        "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var",
    ];
}
