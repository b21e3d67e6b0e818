using System.Text;
using Syndicate.Core.Wire;

namespace Syndicate.Sources;

/// <summary>Turns a fetched page's bytes into text blocks, through the HTML or the plain-text front end.</summary>
public static class PageReader
{
    public static IReadOnlyList<TextBlock> Read(FetchedPage page)
    {
        var text = Encoding.UTF8.GetString(page.Content);
        var isHtml = page.ContentType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true
            || text.AsSpan().TrimStart().StartsWith("<", StringComparison.Ordinal);
        return isHtml ? HtmlExtractor.Extract(text, page.Url.IsFile ? null : page.Url) : PlainTextExtractor.Extract(text);
    }
}
