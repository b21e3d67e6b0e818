using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Syndicate.Core.Wire;

/// <summary>
/// Turns an HTML page into the blocks a reader sees, in order: block elements and list items
/// become blocks, &lt;br&gt; breaks one, a &lt;time&gt; is a block of its own. Scripts, styles,
/// navigation, footers, hidden elements, closed dialogs and cookie or consent banners are left out.
/// </summary>
public static partial class HtmlExtractor
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

    /// <summary>Elements that hold one item each on list pages.</summary>
    private static readonly HashSet<string> Containers = new(StringComparer.OrdinalIgnoreCase) { "li", "article", "dd" };

    public static IReadOnlyList<TextBlock> Extract(string html, Uri? pageUrl) => Extract(Parse(html), pageUrl);

    public static IReadOnlyList<TextBlock> Extract(IDocument document, Uri? pageUrl) =>
        document.Body is { } body ? Extract(body, BaseUri(document, pageUrl)) : [];

    /// <summary>The blocks inside one element, links resolved against <paramref name="baseUrl"/>.</summary>
    internal static IReadOnlyList<TextBlock> Extract(IElement root, Uri? baseUrl)
    {
        var walker = new Walker(baseUrl);
        walker.Walk(root);
        return walker.Blocks;
    }

    internal static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The URL relative links resolve against: the page's &lt;base href&gt; over the page URL.</summary>
    internal static Uri? BaseUri(IDocument document, Uri? pageUrl)
    {
        var href = document.QuerySelector("base[href]")?.GetAttribute("href");
        if (href is null)
        {
            return pageUrl;
        }

        return (pageUrl is null ? Uri.TryCreate(href, UriKind.Absolute, out var uri) : Uri.TryCreate(pageUrl, href, out uri))
            ? uri
            : pageUrl;
    }

    /// <summary>An element a reader does not see: hidden, a closed dialog, or a cookie or consent banner.</summary>
    internal static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true"
            || (element.LocalName == "dialog" && !element.HasAttribute("open")))
        {
            return true;
        }

        // A page may mark its root "cookie-consent-pending"; only the banner itself is left out.
        if (element.LocalName is not ("html" or "body" or "main")
            && (Banner().IsMatch(element.GetAttribute("class") ?? "") || Banner().IsMatch(element.GetAttribute("id") ?? "")))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null
            && (style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase)
                || style.Replace(" ", "", StringComparison.Ordinal).Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>An http(s) link as an absolute URL, or null for fragments, scripts and other schemes.</summary>
    internal static string? ResolveLink(string? href, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href) || href.StartsWith('#')
            || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var resolved = baseUrl is null
            ? Uri.TryCreate(href, UriKind.Absolute, out var absolute) ? absolute : null
            : Uri.TryCreate(baseUrl, href.Trim(), out var relative) ? relative : null;
        return resolved is { Scheme: "http" or "https" } ? resolved.AbsoluteUri : null;
    }

    // In class or id: cookie, consent, gdpr and banner anywhere ("CybotCookiebotDialog"); the short
    // cmp, ad and ads only as words, where - and _ separate words ("cmp_wrapper", "ad-slot", not "header").
    [GeneratedRegex(@"cookie|consent|gdpr|banner|(?<![a-z0-9])(?:cmp|ads?|advert[a-z]*)(?![a-z0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Banner();

    /// <summary>Walks the tree with a stack of its own, so no page is deep enough to overflow the call stack.</summary>
    private sealed class Walker(Uri? baseUrl)
    {
        private readonly CollapsedText _text = new();
        private readonly Stack<Step> _steps = new();
        private readonly Stack<int> _containers = new();
        private int _containerCount;
        private string? _link;
        private string? _blockLink;
        private string? _dateTime;

        public List<TextBlock> Blocks { get; } = [];

        public void Walk(IElement root)
        {
            _steps.Push(new Step(root, Leaving: false, OuterLink: null));
            while (_steps.TryPop(out var step))
            {
                switch (step)
                {
                    case { Leaving: true, Node: IElement element }:
                        Leave(element, step.OuterLink);
                        break;
                    case { Node: IText text }:
                        Append(text.Data);
                        break;
                    case { Node: IElement element }:
                        Enter(element);
                        break;
                }
            }

            Flush();
        }

        private void Append(string text)
        {
            _text.Append(text);
            if (_link is not null && !string.IsNullOrWhiteSpace(text))
            {
                _blockLink ??= _link;
            }
        }

        private void Enter(IElement element)
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

            if (name == "time" || BlockElements.Contains(name))
            {
                Flush();
            }

            if (Containers.Contains(name))
            {
                _containers.Push(_containerCount++);
            }

            _steps.Push(new Step(element, Leaving: true, OuterLink: _link));
            if (name == "a" && ResolveLink(element.GetAttribute("href"), baseUrl) is { } link)
            {
                _link = link;
            }

            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                _steps.Push(new Step(child, Leaving: false, OuterLink: null));
            }
        }

        private void Leave(IElement element, string? outerLink)
        {
            if (element.LocalName == "time")
            {
                _dateTime = element.GetAttribute("datetime");
                Flush();
            }
            else if (BlockElements.Contains(element.LocalName))
            {
                Flush();
            }

            if (Containers.Contains(element.LocalName))
            {
                _containers.Pop();
            }

            _link = outerLink;
        }

        private void Flush()
        {
            if (!_text.IsEmpty)
            {
                Blocks.Add(new TextBlock(_text.ToString(), _blockLink, _dateTime, _containers.TryPeek(out var container) ? container : null));
            }

            _text.Clear();
            _blockLink = null;
            _dateTime = null;
        }

        private readonly record struct Step(INode Node, bool Leaving, string? OuterLink);
    }
}
