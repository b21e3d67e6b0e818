using System.Diagnostics.CodeAnalysis;
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

    /// <summary>How many unread ages a page's result names.</summary>
    private const int MaxUnreadAges = 5;

    private readonly WireRecognizer _grammar = new(agencies, ages);
    private readonly WireRecognizer?[] _byNumericOrder = new WireRecognizer?[Enum.GetValues<NumericDateOrder>().Length];
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
        if (!Decode(content, contentType, maxBytes, out var page, out var error))
        {
            return PageReadResult.Failed(error);
        }

        using (page)
        {
            return Read(page, pageUrl, selectors);
        }
    }

    /// <summary>Reads a page already decoded; the caller disposes it.</summary>
    public PageReadResult Read(DecodedPage page, Uri? pageUrl, WireSelectors? selectors = null)
    {
        if (selectors?.Validate() is { } invalid)
        {
            return PageReadResult.Failed(invalid);
        }

        var extracted = Extract(page, pageUrl);
        if (extracted.Error is not null)
        {
            return PageReadResult.Failed(extracted.Error);
        }

        var numericDates = NumericDatesOf(extracted.Blocks);
        var items = Recognizer(numericDates).Recognize(extracted.Blocks);
        return PageReadResult.Read(
            items.Count == 0 && selectors is not null && page.IsHtml
                ? _selectors.Recognize(HtmlExtractor.Parse(page.Text.ToString()), pageUrl, selectors)
                : items,
            UnreadAges(extracted.Blocks, ages.ReadingNumericDates(numericDates)),
            numericDates);
    }

    /// <summary>
    /// The order the page's numeric dates are read in: the grammar's, unless its language may write either and the page
    /// shows one (<see cref="NumericDateEvidence"/>).
    /// </summary>
    private NumericDateOrder NumericDatesOf(IReadOnlyList<TextBlock> blocks) =>
        ages.NumericDates == NumericDateOrder.WhereUnambiguous && NumericDateEvidence.In(blocks.Select(b => b.Text)) is { } shown
            ? shown
            : ages.NumericDates;

    private WireRecognizer Recognizer(NumericDateOrder numericDates) =>
        numericDates == ages.NumericDates
            ? _grammar
            : _byNumericOrder[(int)numericDates] ??= new WireRecognizer(agencies, ages.ReadingNumericDates(numericDates));

    /// <summary>
    /// The blocks, or the last words of blocks after their last sentence, that are shaped like an age but that the
    /// grammar does not read: an age a site prints in a way no vocabulary knows is reported, not silently dropped.
    /// </summary>
    private static List<string> UnreadAges(IReadOnlyList<TextBlock> blocks, AgeGrammar pageAges)
    {
        var unread = new List<string>();
        foreach (var block in blocks)
        {
            var tail = Tail(block.Text);
            if (AgeLikeText.Is(tail) && tail.ToString() is var text && !pageAges.TryFind(text, out _) && !unread.Contains(text))
            {
                unread.Add(text);
                if (unread.Count == MaxUnreadAges)
                {
                    break;
                }
            }
        }

        return unread;
    }

    /// <summary>A short block whole; else what follows its last full stop, exclamation or question mark, or nothing.</summary>
    private static ReadOnlySpan<char> Tail(string text)
    {
        var trimmed = text.AsSpan().Trim().TrimEnd(".!?");
        if (trimmed.Length <= AgeLikeText.MaxLength)
        {
            return trimmed;
        }

        var end = trimmed[^AgeLikeText.MaxLength..];
        var sentenceEnd = end.LastIndexOfAny(".!?");
        return sentenceEnd < 0 ? [] : end[(sentenceEnd + 1)..].Trim();
    }

    /// <summary>
    /// Reads a page as <see cref="Read(ReadOnlySpan{byte}, string?, Uri?, WireSelectors?, int)"/> does and says why: the
    /// page's blocks, which of them made each item and by which rule, and the blocks that came close to an item.
    /// </summary>
    public PageExplanation Explain(ReadOnlySpan<byte> content, string? contentType, Uri? pageUrl, int maxBytes = DefaultMaxBytes)
    {
        if (!Decode(content, contentType, maxBytes, out var page, out var error))
        {
            return new PageExplanation([], null, error);
        }

        using (page)
        {
            var extracted = Extract(page, pageUrl);
            return extracted.Error is null
                ? new PageExplanation(extracted.Blocks, Recognizer(NumericDatesOf(extracted.Blocks)).Explain(extracted.Blocks), null)
                : new PageExplanation([], null, extracted.Error);
        }
    }

    private static bool Decode(
        ReadOnlySpan<byte> content,
        string? contentType,
        int maxBytes,
        [NotNullWhen(true)] out DecodedPage? page,
        [NotNullWhen(false)] out string? error)
    {
        page = null;
        if (content.IsEmpty)
        {
            error = "The page is empty (0 bytes).";
            return false;
        }

        if (content.Length > maxBytes)
        {
            error = $"The page is {content.Length:N0} bytes, over the limit of {maxBytes:N0} bytes.";
            return false;
        }

        return PageDecoder.TryDecode(content, contentType, out page, out error);
    }

    /// <summary>
    /// The page's blocks, or why it has none. HTML is read as a stream of tokens, not as a tree, so a large page leaves
    /// nothing behind but its blocks; only a source with selectors, whose page the grammar finds no item on, has its
    /// page parsed into a document for them.
    /// </summary>
    private static (IReadOnlyList<TextBlock> Blocks, string? Error) Extract(DecodedPage page, Uri? pageUrl)
    {
        if (page.Text.Span.IsWhiteSpace())
        {
            return ([], "The page has no text.");
        }

        if (!page.IsHtml)
        {
            return (PlainTextExtractor.Extract(page.Text.Span), null);
        }

        return HtmlNesting.IsTooDeep(page.Text)
            ? ([], $"The page nests its elements more than {HtmlNesting.MaxDepth} deep.")
            : (HtmlExtractor.Extract(page.Text, pageUrl), null);
    }
}

/// <summary>What <see cref="PageReader.Explain"/> found: the page's blocks and why they gave the items they gave, or why the page was refused.</summary>
public sealed record PageExplanation(IReadOnlyList<TextBlock> Blocks, RecognitionExplanation? Recognition, string? Error);
