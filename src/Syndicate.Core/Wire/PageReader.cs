using Syndicate.Core.Time;

namespace Syndicate.Core.Wire;

/// <summary>
/// Extract and recognise, from a page's bytes to its wire items: decodes the page, refuses what is
/// no page (binary, empty, too large, nested too deep), reads HTML or plain text by the wire grammar, and falls back
/// to the source's CSS selectors, if it has any, when the grammar finds no item.
/// </summary>
public sealed class PageReader(AgencyCatalog agencies, AgeGrammar ages)
{
    public const int DefaultMaxBytes = 5 * 1024 * 1024;

    private readonly WireRecognizer _grammar = new(agencies, ages);
    private readonly SelectorRecognizer _selectors = new(agencies);

    /// <summary>Reads a page as fetched.</summary>
    /// <param name="content">The response body.</param>
    /// <param name="contentType">The Content-Type header, or null (a file).</param>
    /// <param name="pageUrl">The page's URL, against which links resolve, or null.</param>
    /// <param name="selectors">The source's fallback selectors, or null.</param>
    /// <param name="maxBytes">Larger pages are refused.</param>
    public PageReadResult Read(
        ReadOnlySpan<byte> content,
        string? contentType,
        Uri? pageUrl,
        WireSelectors? selectors = null,
        int maxBytes = DefaultMaxBytes)
    {
        if (content.IsEmpty)
        {
            return PageReadResult.Failed("The page is empty (0 bytes).");
        }

        if (content.Length > maxBytes)
        {
            return PageReadResult.Failed($"The page is {content.Length:N0} bytes, over the limit of {maxBytes:N0} bytes.");
        }

        return PageDecoder.TryDecode(content, contentType, out var page, out var error)
            ? Read(page, pageUrl, selectors)
            : PageReadResult.Failed(error);
    }

    /// <summary>Reads a page already decoded.</summary>
    public PageReadResult Read(DecodedPage page, Uri? pageUrl, WireSelectors? selectors = null)
    {
        if (string.IsNullOrWhiteSpace(page.Text))
        {
            return PageReadResult.Failed("The page has no text.");
        }

        if (selectors?.Validate() is { } invalid)
        {
            return PageReadResult.Failed(invalid);
        }

        if (!page.IsHtml)
        {
            return PageReadResult.Read(_grammar.Recognize(PlainTextExtractor.Extract(page.Text)));
        }

        if (HtmlNesting.IsTooDeep(page.Text))
        {
            return PageReadResult.Failed($"The page nests its elements more than {HtmlNesting.MaxDepth} deep.");
        }

        var document = HtmlExtractor.Parse(page.Text);
        var items = _grammar.Recognize(HtmlExtractor.Extract(document, pageUrl));
        return PageReadResult.Read(items.Count == 0 && selectors is not null ? _selectors.Recognize(document, pageUrl, selectors) : items);
    }
}
