using AngleSharp.Html.Parser;
using Syndicate.Core.Wire;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Wire;

/// <summary>
/// The token reader that reads every page gives the blocks the walk over AngleSharp's document tree gives (the tree
/// a browser builds), on every HTML page of the fixtures and on markup that tests the tree builder's rules.
/// </summary>
public sealed class HtmlTokenReaderTests
{
    private static readonly Uri PageUrl = new("https://nieuws.example/buitenland/lijst");

    public static TheoryData<string> Pages() =>
        [.. Directory.EnumerateFiles(WireFixture.Directory, "*.html").Append(Samples.SeedHtmlPath).Select(path => Path.GetFileName(path)!)];

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_fixture_page_reads_to_the_same_blocks_as_its_document_tree(string name)
    {
        var path = name == Path.GetFileName(Samples.SeedHtmlPath) ? Samples.SeedHtmlPath : Path.Combine(WireFixture.Directory, name);
        var html = File.ReadAllText(path);

        Assert.Equal(FromTree(html), HtmlExtractor.Extract(html, PageUrl));
    }

    [Theory]
    [InlineData("<p>Een<div>Twee</div>Drie</p>Vier")]
    [InlineData("<ul><li>Een<li>Twee<ul><li>Drie</ul>Vier</ul><dl><dt>Vijf<dd>Zes<dt>Zeven</dl>")]
    [InlineData("<h2>Kop<h3>Onder</h2>Tekst<p>Alinea<h4>Kop</h4>")]
    [InlineData("<p><a href=\"/een\">Een</p>Twee<p>Drie</a>Vier")]
    [InlineData("<a href=\"/een\">Een<p>Twee</a>Drie</p>Vier")]
    [InlineData("<a href=\"/een\">Een<a href=\"/twee\">Twee</a>Drie")]
    [InlineData("<b><i>Een</b>Twee</i>Drie<p>Vier</b>Vijf")]
    [InlineData("<div><span>Een</div>Twee</span>Drie")]
    [InlineData("<form><div>Formulier</form>Nog in het formulier</div><p>Erna</p>")]
    [InlineData("<div hidden><p>Weg<div>Nog weg</div></div><p>Zichtbaar")]
    [InlineData("<p hidden>Weg<div>Zichtbaar</div>")]
    [InlineData("<li class=\"ad\">Reclame<li>Bericht")]
    [InlineData("<table><tr><td>Een<td>Twee<tr><th>Drie</table>Vier")]
    [InlineData("<td>Geen tabel</td><tr>Ook niet")]
    [InlineData("<script>var s = '<p>x</p>';</script><style>p{}</style><p>Tekst</p>")]
    [InlineData("<script><!-- <script>x</script> --></script><p>Na het script</p>")]
    [InlineData("<title>Titel in de body</title><textarea>Veld &amp; tekst</textarea><xmp><b>letterlijk</b></xmp>")]
    [InlineData("<!-- <p>commentaar</p> --><p>Een</p><!--><p>Twee</p><!---><p>Drie</p><!-- a --!><p>Vier</p>")]
    [InlineData("<p>1 < 2 en <3 en </ 4> en </>vijf</p><? instructie ?><p>Zes</p><!DOCTYPE x><p>Zeven</p>")]
    [InlineData("<p>&amp; &euml; &eumlaut; &notit; &notin; &#x41;&#66;&#128;&#0;&#xD800;&#1114112; &nbsp;| &bogus; &</p>")]
    [InlineData("<p><a href=\"/z?a=1&amp;b=2&copy=3&notit;\">Link</a></p><p><a href='/q?x=&lt;'>Twee</a></p><p><a href=/kaal>Drie</a></p>")]
    [InlineData("<p><A HREF=\"/Hoofd\">Hoofdletters</A></P><DIV>Blok</DIV>")]
    [InlineData("<svg><path d=\"m0\"/><text>Icoon</text></svg><p>Na het icoon</p><math><mi>x</mi><p>Breekt uit</math>")]
    [InlineData("<p><time datetime=\"2026-01-01T10:00Z\">1 uur geleden</time> en verder</p><time datetime=\"x\">Open tijd")]
    [InlineData("<article><p>Een</p></article><article><p>Twee<article><p>Binnen</p></article>Na</article>")]
    [InlineData("<p>Een<br>Twee</br>Drie<br/>Vier</p><div style=\"DISPLAY : none\">Weg</div><div style=\"display: block\">Blijft</div>")]
    [InlineData("<button>Knop<button>Tweede</button>Erna<select><option>Keuze<option>Twee</select><p>Tekst</p>")]
    [InlineData("<nobr>Een<nobr>Twee</nobr><font>Drie<p>Vier</font>Vijf</p>")]
    [InlineData("<ruby>Kanji<rt>kana</rt><rp>(</rp></ruby><p>Erna")]
    [InlineData("<p>Onaf<a href=\"/x")]
    [InlineData("<plaintext><p>Alles is tekst</p>")]
    public void Markup_reads_to_the_same_blocks_as_its_document_tree(string body)
    {
        foreach (var html in (string[])[$"<!DOCTYPE html><html><head></head><body>{body}</body></html>", body])
        {
            Assert.Equal(FromTree(html), HtmlExtractor.Extract(html, PageUrl));
        }
    }

    [Theory]
    [InlineData("<html><head><title>Titel</title><meta charset=\"utf-8\"><noscript><link rel=x></noscript><script>x</script></head><body><p>Tekst</p></body></html>")]
    [InlineData("<head><noscript>Zet JavaScript aan</noscript></head><p>Tekst</p>")]
    [InlineData("<head><template><p>Sjabloon</p></template></head><body><p>Tekst</p>")]
    [InlineData("Tekst zonder body<p>Alinea</p>")]
    [InlineData("<head><base href=\"/nieuws/\"></head><body><a href=\"drie\">Drie</a>")]
    [InlineData("<body><a href=\"een\">Een</a><base href=\"https://ander.example/map/\"></body>")]
    [InlineData("<body hidden><p>Verborgen pagina</p></body>")]
    [InlineData("<body class=\"cookie-consent-pending\"><p>Tekst</p></body><p>Na de body</p></html><p>Na de html</p>")]
    public void A_page_s_head_and_body_read_as_in_the_document_tree(string html)
    {
        Assert.Equal(FromTree(html), HtmlExtractor.Extract(html, PageUrl));
    }

    [Fact]
    public void A_page_that_ends_inside_a_tag_keeps_the_text_before_it()
    {
        Assert.Equal(["Tekst"], HtmlExtractor.Extract("<p>Tekst</p><div class=\"open", PageUrl).Select(b => b.Text));
    }

    /// <summary>
    /// Random valid pages, from a fixed seed: blocks holding blocks or phrasing, phrasing holding phrasing (the
    /// misnesting rules have their own cases above), with attributes that hide or link, references, comments, scripts,
    /// times and breaks, and end tags a page may leave out left out at random.
    /// </summary>
    [Fact]
    public void Random_valid_pages_read_to_the_same_blocks_as_their_document_tree()
    {
        var random = new Random(20261202);
        for (var page = 0; page < 1000; page++)
        {
            var html = new System.Text.StringBuilder("<!DOCTYPE html><html><head><title>Pagina</title></head><body>");
            AppendFlow(html, random, depth: 0, inLink: false);
            var text = html.Append("</body></html>").ToString();

            Assert.True(FromTree(text).SequenceEqual(HtmlExtractor.Extract(text, PageUrl)), text);
        }
    }

    private static readonly string[] Blocks = ["div", "section", "article", "aside", "header", "main", "nav", "footer", "figure", "blockquote", "ul", "dl", "table", "p", "h2", "h3", "a"];

    private static readonly string[] Phrasing = ["span", "a", "b", "em", "strong", "small", "label"];

    private static readonly string[] Attributes =
        ["", "", "", " class=\"item\"", " hidden", " aria-hidden=\"true\"", " style=\"display: none\"", " class=\"ad-slot\"", " id=\"cookie-consent\""];

    private static readonly string[] Texts =
        ["BRUSSEL (ANP) - Tekst", " ", "\n  ", "één &amp; twee", "&euml;&nbsp;x", "1 uur geleden", "a &lt; b", "<!-- weg -->", "<br>", "<img src=\"x.jpg\" alt=\"foto\">",
         "<script>var p = '<p>';</script>", "&copy 2026", "<time datetime=\"2026-12-02T07:00:00Z\">1 uur geleden</time>"];

    private static string Open(string name, Random random, bool link) =>
        link ? $"<a href=\"/nieuws/{random.Next(9)}?a=1&amp;b=2\"{Attributes[random.Next(Attributes.Length)]}>" : $"<{name}{Attributes[random.Next(Attributes.Length)]}>";

    private static void AppendFlow(System.Text.StringBuilder html, Random random, int depth, bool inLink)
    {
        for (var n = random.Next(1, depth < 2 ? 5 : 3); n > 0; n--)
        {
            var name = Blocks[random.Next(Blocks.Length)];
            if (depth > 4 || (name == "a" && inLink))
            {
                AppendPhrasing(html, random, depth + 1, inLink);
                continue;
            }

            switch (name)
            {
                case "ul" or "dl" or "table":
                    var (item, end) = name switch { "ul" => ("li", random.Next(2) == 0 ? "</li>" : ""), "dl" => ("dd", random.Next(2) == 0 ? "</dd>" : ""), _ => ("td", "</td>") };
                    html.Append(name == "table" ? "<table><tr>" : Open(name, random, link: false));
                    for (var items = random.Next(1, 4); items > 0; items--)
                    {
                        html.Append(Open(item, random, link: false));
                        AppendFlow(html, random, depth + 1, inLink);
                        html.Append(end);
                    }

                    html.Append(name == "table" ? "</tr></table>" : $"</{name}>");
                    break;
                case "p" or "h2" or "h3":
                    html.Append(Open(name, random, link: false));
                    AppendPhrasing(html, random, depth + 1, inLink);
                    html.Append(name == "p" && random.Next(2) == 0 ? "" : $"</{name}>");
                    break;
                default:
                    html.Append(Open(name, random, link: name == "a"));
                    AppendFlow(html, random, depth + 1, inLink || name == "a");
                    html.Append($"</{name}>");
                    break;
            }
        }
    }

    private static void AppendPhrasing(System.Text.StringBuilder html, Random random, int depth, bool inLink)
    {
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var name = Phrasing[random.Next(Phrasing.Length)];
            if (depth > 7 || random.Next(3) == 0 || (name == "a" && inLink))
            {
                html.Append(Texts[random.Next(Texts.Length)]);
                continue;
            }

            html.Append(Open(name, random, link: name == "a"));
            AppendPhrasing(html, random, depth + 1, inLink || name == "a");
            html.Append($"</{name}>");
        }
    }

    private static IReadOnlyList<TextBlock> FromTree(string html) => HtmlExtractor.Extract(new HtmlParser().ParseDocument(html), PageUrl);
}
