using System.Text;
using Syndicate.Core.Feeds;

namespace Syndicate.Pages;

/// <summary>
/// The one shell every HTML page of the server is written in: the head (charset, viewport, title, the shared style),
/// a skip link, the site header with its navigation, the page's own content as the main landmark, and the footer
/// with the data licences. Pages are server-rendered and need no script; the style keeps text at 4.5:1 contrast or
/// more and reads at a phone's width.
/// </summary>
public static class HtmlPage
{
    public const string MediaType = "text/html; charset=utf-8";

    private const string Style = """
        <style>
        body { font: 16px/1.5 system-ui, sans-serif; max-width: 52rem; margin: 0 auto; padding: 0 1rem 2rem; color: #1a1a1a; background: #fff; overflow-wrap: anywhere; }
        a { color: #0b57d0; }
        a:visited { color: #6a1b9a; }
        .skip { position: absolute; left: -100rem; }
        .skip:focus { left: 1rem; top: .5rem; background: #fff; padding: .25rem .5rem; }
        body > header { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; align-items: baseline; padding: .75rem 0; border-bottom: 1px solid #c4c4c4; }
        body > header .site { font-weight: 700; font-size: 1.15rem; text-decoration: none; color: #1a1a1a; }
        body > header ul { display: flex; flex-wrap: wrap; gap: 0 1rem; list-style: none; margin: 0; padding: 0; }
        h1 { font-size: 1.6rem; line-height: 1.25; margin: 1.25rem 0 .5rem; }
        h2 { font-size: 1.25rem; line-height: 1.3; margin: 1.75rem 0 .5rem; }
        h3 { font-size: 1.05rem; line-height: 1.3; margin: 1rem 0 .25rem; }
        .meta { color: #4d4d4d; font-size: .9rem; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; margin-bottom: 1rem; overflow-wrap: normal; }
        th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #d6d6d6; vertical-align: top; }
        td.n { text-align: right; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; }
        dl.facts dt { font-weight: 600; }
        dl.facts dd { margin: 0; }
        article.entry { border-bottom: 1px solid #d6d6d6; padding: .5rem 0 .75rem; }
        article.entry h3 { margin-top: .5rem; }
        article.entry p { margin: .25rem 0; }
        .latest { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 0 1.5rem; }
        .latest ul { margin: 0; padding-left: 1.1rem; }
        .subscribe label { display: block; font-weight: 600; margin-top: .5rem; }
        .subscribe input { width: 100%; box-sizing: border-box; font: .95rem ui-monospace, monospace; padding: .3rem; border: 1px solid #767676; }
        details { margin: 1rem 0; }
        summary { cursor: pointer; }
        body > footer { margin-top: 2.5rem; padding-top: .75rem; border-top: 1px solid #c4c4c4; font-size: .9rem; color: #333; }
        @media (max-width: 32rem) { dl.facts { grid-template-columns: 1fr; gap: 0; } dl.facts dd { margin-bottom: .4rem; } }
        </style>
        """;

    private const string Footer = """
        <footer>
        <p>Place data: <a href="https://www.geonames.org/">GeoNames</a>, licensed under
        <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a> (filtered to populated places, alternate
        names filtered, Dutch names joined, coordinates dropped). Country names and region containment:
        <a href="https://cldr.unicode.org/">Unicode CLDR</a> 48.2, © 2004-2026 Unicode, Inc., used under the
        <a href="https://www.unicode.org/license.txt">Unicode License v3</a>.</p>
        </footer>
        """;

    /// <param name="siteTitle">The site's name, as the header's link home.</param>
    /// <param name="title">The page's title, text (escaped here).</param>
    /// <param name="head">More head elements, HTML (alternate links), or empty.</param>
    /// <param name="main">The page's content, HTML: what the main landmark holds, its h1 first.</param>
    public static string Render(string siteTitle, string title, string head, string main)
    {
        var html = new StringBuilder(main.Length + 4096);
        html.Append($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{HtmlText.Encode(title)}</title>
            {head}{Style}
            </head>
            <body>
            <a class="skip" href="#main">Skip to content</a>
            <header>
            <a class="site" href="/">{HtmlText.Encode(siteTitle)}</a>
            <nav aria-label="Site"><ul><li><a href="/">Feeds</a></li><li><a href="/feeds/all">All items</a></li><li><a href="/feeds.opml">OPML</a></li></ul></nav>
            </header>
            <main id="main">

            """);
        html.Append(main);
        html.Append("</main>\n").Append(Footer).Append("\n</body>\n</html>\n");
        return html.ToString();
    }
}
