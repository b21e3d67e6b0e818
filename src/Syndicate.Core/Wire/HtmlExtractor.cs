using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Syndicate.Core.Wire;

/// <summary>
/// Turns an HTML page into the blocks a reader sees, in order: block elements and list items
/// become blocks, &lt;br&gt; breaks one, a &lt;time&gt; is a block of its own. Scripts, styles,
/// navigation, footers and hidden elements are left out.
/// </summary>
public static class HtmlExtractor
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "nav", "footer", "svg", "iframe", "head", "form", "button", "select",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "thead", "tr", "td", "th", "ul", "body", "html",
    };

    public static IReadOnlyList<TextBlock> Extract(string html, Uri? pageUrl)
    {
        var document = new HtmlParser().ParseDocument(html);
        var walker = new Walker(pageUrl ?? TryBaseUri(document));
        if (document.Body is { } body)
        {
            walker.Visit(body);
        }

        walker.Flush();
        return walker.Blocks;
    }

    private static Uri? TryBaseUri(IDocument document) =>
        Uri.TryCreate(document.QuerySelector("base[href]")?.GetAttribute("href"), UriKind.Absolute, out var uri) ? uri : null;

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true")
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null
            && (style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase)
                || style.Replace(" ", "", StringComparison.Ordinal).Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase));
    }

    private sealed class Walker(Uri? pageUrl)
    {
        private readonly System.Text.StringBuilder _text = new();
        private string? _link;
        private string? _blockLink;
        private string? _dateTime;

        public List<TextBlock> Blocks { get; } = [];

        public void Visit(INode node)
        {
            switch (node)
            {
                case IText text:
                    _text.Append(text.Data);
                    if (_link is not null && !string.IsNullOrWhiteSpace(text.Data))
                    {
                        _blockLink ??= _link;
                    }

                    return;
                case IElement element:
                    VisitElement(element);
                    return;
            }
        }

        public void Flush()
        {
            var text = Whitespace.Collapse(_text.ToString());
            if (text.Length > 0)
            {
                Blocks.Add(new TextBlock(text, _blockLink, _dateTime));
            }

            _text.Clear();
            _blockLink = null;
            _dateTime = null;
        }

        private void VisitElement(IElement element)
        {
            var name = element.LocalName;
            if (Skipped.Contains(name) || IsHidden(element))
            {
                return;
            }

            if (name == "br")
            {
                Flush();
                return;
            }

            if (name == "time")
            {
                Flush();
                VisitChildren(element);
                _dateTime = element.GetAttribute("datetime");
                Flush();
                return;
            }

            var outerLink = _link;
            if (name == "a" && ResolveLink(element.GetAttribute("href")) is { } link)
            {
                _link = link;
            }

            var isBlock = BlockElements.Contains(name);
            if (isBlock)
            {
                Flush();
            }

            VisitChildren(element);
            if (isBlock)
            {
                Flush();
            }

            _link = outerLink;
        }

        private void VisitChildren(IElement element)
        {
            foreach (var child in element.ChildNodes)
            {
                Visit(child);
            }
        }

        private string? ResolveLink(string? href)
        {
            if (string.IsNullOrWhiteSpace(href) || href.StartsWith('#')
                || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var resolved = pageUrl is null
                ? Uri.TryCreate(href, UriKind.Absolute, out var absolute) ? absolute : null
                : Uri.TryCreate(pageUrl, href, out var relative) ? relative : null;
            return resolved is { Scheme: "http" or "https" } ? resolved.AbsoluteUri : null;
        }
    }
}
