using AngleSharp.Dom;

namespace Syndicate.Core.Wire;

/// <summary>
/// Finds items by an admin's CSS selectors (<see cref="WireSelectors"/>) where the grammar finds none.
/// A dateline and credits at the start of an item's body are parsed as the grammar does; without
/// them the item has no dateline and no agencies.
/// </summary>
public sealed class SelectorRecognizer(AgencyCatalog agencies)
{
    /// <summary>The items of <paramref name="document"/>; the selectors must be valid (<see cref="WireSelectors.Validate"/>).</summary>
    public IReadOnlyList<WireItem> Recognize(IDocument document, Uri? pageUrl, WireSelectors selectors)
    {
        var baseUrl = HtmlExtractor.BaseUri(document, pageUrl);
        var items = new List<WireItem>();
        foreach (var element in document.QuerySelectorAll(selectors.Item))
        {
            if (ToItem(element, baseUrl, selectors) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    private WireItem? ToItem(IElement element, Uri? baseUrl, WireSelectors selectors)
    {
        var headline = TextOf(element, selectors.Headline, baseUrl);
        var age = TextOf(element, selectors.Age, baseUrl);
        var bodyBlocks = selectors.Body is null
            ? HtmlExtractor.Extract(element, baseUrl).Select(b => b.Text).Where(t => t != headline && t != age)
            : element.QuerySelectorAll(selectors.Body).SelectMany(e => HtmlExtractor.Extract(e, baseUrl)).Select(b => b.Text);
        var body = string.Join('\n', bodyBlocks).Trim();
        if (body.Length == 0)
        {
            return null;
        }

        var link = LinkOf(element, selectors.Link, baseUrl);
        var machineTime = selectors.Age is null ? null : element.QuerySelector(selectors.Age)?.GetAttribute("datetime");
        if (Dateline.TryParse(body, 0, agencies, out var dateline) && dateline.Body.Length > 0)
        {
            return new WireItem(headline, dateline.Text, dateline.Place, dateline.Agencies, dateline.Body.ToString(), age, null, link, machineTime)
            {
                UnknownCredits = dateline.UnknownCredits,
                Services = dateline.Services,
            };
        }

        return new WireItem(headline, null, null, [], body, age, null, link, machineTime);
    }

    private static string? TextOf(IElement item, string? selector, Uri? baseUrl)
    {
        var element = selector is null ? null : item.QuerySelector(selector);
        if (element is null)
        {
            return null;
        }

        var text = string.Join(' ', HtmlExtractor.Extract(element, baseUrl).Select(b => b.Text));
        return text.Length == 0 ? null : text;
    }

    private static string? LinkOf(IElement item, string? selector, Uri? baseUrl)
    {
        var element = selector is not null ? item.QuerySelector(selector)
            : item.LocalName == "a" ? item
            : item.QuerySelector("a[href]") ?? item.Closest("a[href]");
        var href = element?.GetAttribute("href") ?? element?.QuerySelector("a[href]")?.GetAttribute("href");
        return HtmlExtractor.ResolveLink(href, baseUrl);
    }
}
