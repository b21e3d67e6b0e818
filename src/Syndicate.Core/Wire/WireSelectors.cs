using AngleSharp.Dom;

namespace Syndicate.Core.Wire;

/// <summary>
/// CSS selectors that find items on a page whose structure defeats the wire grammar. Every element
/// matching <paramref name="Item"/> is one item; the others select within it.
/// </summary>
/// <param name="Item">The elements that are items (required).</param>
/// <param name="Headline">The item's headline; none if null.</param>
/// <param name="Body">The item's text; the item's whole text but headline and age if null.</param>
/// <param name="Age">The item's age; none if null.</param>
/// <param name="Link">The element whose href is the item's link; the item's first link if null.</param>
public sealed record WireSelectors(string Item, string? Headline = null, string? Body = null, string? Age = null, string? Link = null)
{
    /// <summary>Why the selectors cannot be used (empty or invalid CSS), or null when they can.</summary>
    public string? Validate()
    {
        if (string.IsNullOrWhiteSpace(Item))
        {
            return "The item selector is required.";
        }

        var probe = HtmlExtractor.Parse("");
        foreach (var (name, selector) in new[] { ("item", Item), ("headline", Headline), ("body", Body), ("age", Age), ("link", Link) })
        {
            try
            {
                _ = selector is null ? null : probe.QuerySelector(selector);
            }
            catch (DomException)
            {
                return $"The {name} selector '{selector}' is not valid CSS.";
            }
        }

        return null;
    }
}
