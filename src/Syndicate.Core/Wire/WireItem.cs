namespace Syndicate.Core.Wire;

/// <summary>An agency item as recognised on a page, before dating and placing.</summary>
/// <param name="Headline">The headline above the dateline, if the page gave one.</param>
/// <param name="Dateline">The dateline as printed before the credit ("LONDON, May 18"), if any.</param>
/// <param name="Place">The place name within the dateline ("LONDON"), if any.</param>
/// <param name="Agencies">Canonical codes of the credited agencies; unknown credits as written.</param>
/// <param name="Body">The item's text after the dateline dash, paragraphs joined by newlines.</param>
/// <param name="Age">The age text as on the page ("16 minuten geleden"), if any.</param>
/// <param name="Section">The section heading the item stands under ("Buitenland"), if any.</param>
/// <param name="Link">The absolute URL the item links to, if any.</param>
/// <param name="MachineTime">The datetime attribute of the item's &lt;time&gt; element, if any.</param>
public sealed record WireItem(
    string? Headline,
    string? Dateline,
    string? Place,
    IReadOnlyList<string> Agencies,
    string Body,
    string? Age,
    string? Section,
    string? Link,
    string? MachineTime = null)
{
    /// <summary>The credits the agency catalog does not know, as written (also listed in <see cref="Agencies"/>).</summary>
    public IReadOnlyList<string> UnknownCredits { get; init; } = [];

    /// <summary>
    /// Whether the item carried no credit of its own and took the agencies of the credited item
    /// before it on a ticker page ("Frankfurt - ..." under "Frankfurt (dpa-AFX) - ...").
    /// </summary>
    public bool CreditInherited { get; init; }

    /// <summary>Regional services of the credited agencies, as credited ("dpa/lni" for dpa's Lower Saxony service).</summary>
    public IReadOnlyList<string> Services { get; init; } = [];

    /// <summary>The notice that this item replaces an earlier one ("Nieuw bericht, vervangt: ..."), if any.</summary>
    public string? Correction { get; init; }
}
