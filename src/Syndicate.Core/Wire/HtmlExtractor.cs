using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Syndicate.Core.Wire;

/// <summary>
/// Turns an HTML page into the blocks a reader sees, in order: block elements and list items
/// become blocks, &lt;br&gt; breaks one, a &lt;time&gt; is a block of its own. Scripts, styles,
/// navigation, footers, hidden elements, closed dialogs, cookie or consent banners and kickers over headlines are left
/// out.
/// A page is read from its tokens; a parsed document (a source's selectors) by a walk over its tree,
/// to the same blocks.
/// </summary>
public static partial class HtmlExtractor
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "nav", "footer", "svg", "iframe", "head", "form", "button", "select",
    };

    /// <summary>The page's blocks, read in one pass over its tokens (<see cref="HtmlTokenReader"/>), without building its tree.</summary>
    public static IReadOnlyList<TextBlock> Extract(ReadOnlyMemory<char> html, Uri? pageUrl) => HtmlTokenReader.Extract(html, pageUrl);

    /// <inheritdoc cref="Extract(ReadOnlyMemory{char}, Uri?)"/>
    public static IReadOnlyList<TextBlock> Extract(string html, Uri? pageUrl) => HtmlTokenReader.Extract(html.AsMemory(), pageUrl);

    /// <summary>The blocks of a parsed document's body.</summary>
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
    internal static Uri? BaseUri(IDocument document, Uri? pageUrl) =>
        document.QuerySelector("base[href]")?.GetAttribute("href") is { } href ? ResolveBase(href, pageUrl) : pageUrl;

    /// <summary>A &lt;base href&gt; resolved against the page URL, or the page URL when it is no URL.</summary>
    internal static Uri? ResolveBase(string href, Uri? pageUrl) =>
        (pageUrl is null ? Uri.TryCreate(href, UriKind.Absolute, out var uri) : Uri.TryCreate(pageUrl, href, out uri))
            ? uri
            : pageUrl;

    /// <summary>Elements whose content a reader does not see, or not as part of the page's text.</summary>
    internal static bool IsSkipped(string name) => Skipped.Contains(name);

    /// <summary>
    /// An element whose text is no part of the page's items: hidden, a closed dialog, a cookie or consent banner, or a
    /// kicker over a headline.
    /// </summary>
    internal static bool IsHidden(IElement element) => IsHidden(element.LocalName, new ElementAttributes(element));

    /// <inheritdoc cref="IsHidden(IElement)"/>
    internal static bool IsHidden<TAttributes>(string localName, TAttributes attributes)
        where TAttributes : ITagAttributes, allows ref struct
    {
        if (attributes.TryGet(TagAttribute.Hidden, out _)
            || (attributes.TryGet(TagAttribute.AriaHidden, out var ariaHidden) && ariaHidden.SequenceEqual("true"))
            || (localName == "dialog" && !attributes.TryGet(TagAttribute.Open, out _)))
        {
            return true;
        }

        // A page may mark its root "cookie-consent-pending"; only the banner itself is left out.
        if (localName is not ("html" or "body" or "main")
            && ((attributes.TryGet(TagAttribute.Class, out var classes) && (Banner().IsMatch(classes) || Kicker().IsMatch(classes)))
                || (attributes.TryGet(TagAttribute.Id, out var id) && Banner().IsMatch(id))))
        {
            return true;
        }

        return attributes.TryGet(TagAttribute.Style, out var style)
            && (ContainsWithoutSpaces(style, "display:none") || ContainsWithoutSpaces(style, "visibility:hidden"));
    }

    /// <summary>Whether <paramref name="text"/> with its spaces (U+0020) left out contains <paramref name="value"/>, in any case.</summary>
    private static bool ContainsWithoutSpaces(ReadOnlySpan<char> text, string value)
    {
        for (var start = 0; start < text.Length; start++)
        {
            var at = start;
            var matched = 0;
            while (matched < value.Length && at < text.Length)
            {
                if (text[at] == ' ' && matched > 0)
                {
                    at++;
                }
                else if (text[at] == value[matched] || (char.IsAsciiLetterUpper(text[at]) && (char)(text[at] | 0x20) == value[matched]))
                {
                    at++;
                    matched++;
                }
                else
                {
                    break;
                }
            }

            if (matched == value.Length)
            {
                return true;
            }
        }

        return false;
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

    // A kicker, the topic line a page prints over a headline, often in the headline's own element ("<span
    // class="overline">Syrien</span><span class="headline">..."): a class named for it, alone or as the last part of a
    // class name, with "-title", "-text", "-label" or "-link" after it ("kicker", "dachzeile", "vhb-overline",
    // "a-article-teaser__kicker", "sz-teaser__overline-title"); not a wrapper such as "kicker-id" or "overline--wide".
    [GeneratedRegex(@"(?:^|\s|[-_])(?:kicker|overline|dachzeile|topline|roofline|spitzmarke|eyebrow)(?:[-_](?:title|text|label|link))?(?=\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Kicker();

    // In class or id: cookie, consent, gdpr and banner anywhere ("CybotCookiebotDialog"); the short
    // cmp, ad and ads only as words, where - and _ separate words ("cmp_wrapper", "ad-slot", not "header").
    [GeneratedRegex(@"cookie|consent|gdpr|banner|(?<![a-z0-9])(?:cmp|ads?|advert[a-z]*)(?![a-z0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Banner();

    /// <summary>Walks the tree with a stack of its own, so no page is deep enough to overflow the call stack.</summary>
    private sealed class Walker(Uri? baseUrl)
    {
        private readonly BlockCollector _blocks = new();
        private readonly Stack<Step> _steps = new();
        private string? _link;

        public List<TextBlock> Blocks => _blocks.Blocks;

        public void Walk(IElement root)
        {
            _steps.Push(new Step(root, Leaving: false, OuterLink: null));
            while (_steps.TryPop(out var step))
            {
                switch (step)
                {
                    case { Leaving: true, Node: IElement element }:
                        _blocks.Close(element.LocalName, element.LocalName == "time" ? element.GetAttribute("datetime") : null);
                        _link = step.OuterLink;
                        break;
                    case { Node: IText text }:
                        _blocks.Append(text.Data, _link);
                        break;
                    case { Node: IElement element }:
                        Enter(element);
                        break;
                }
            }

            _blocks.Finish();
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
                _blocks.LineBreak();
                return;
            }

            _blocks.Open(name);
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

        private readonly record struct Step(INode Node, bool Leaving, string? OuterLink);
    }

    /// <summary>An element's attributes as <see cref="IsHidden{TAttributes}"/> asks for them.</summary>
    private readonly struct ElementAttributes(IElement element) : ITagAttributes
    {
        public bool TryGet(TagAttribute attribute, out ReadOnlySpan<char> value)
        {
            var text = element.GetAttribute(TagAttributes.NameOf(attribute));
            value = text;
            return text is not null;
        }
    }
}
