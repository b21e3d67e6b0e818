using System.Text;

namespace Syndicate.Core.Feeds;

/// <summary>
/// Text as HTML that shows it literally, in element content and in quoted attributes: only &amp; &lt; &gt; " and '
/// are escaped, so letters such as "ï" stay themselves (the documents are UTF-8).
/// </summary>
public static class HtmlText
{
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var html = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                '\'' => html.Append("&#39;"),
                _ => html.Append(c),
            };
        }

        return html.ToString();
    }
}
