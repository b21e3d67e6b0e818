using System.Text;
using Syndicate.Core.Wire;

namespace Syndicate.Tests.Wire;

public sealed class HtmlExtractorTests
{
    private static readonly Uri PageUrl = new("https://nieuws.example/buitenland/lijst");

    private static IReadOnlyList<TextBlock> Extract(string body) => HtmlExtractor.Extract($"<html><body>{body}</body></html>", PageUrl);

    [Fact]
    public void Block_elements_list_items_and_breaks_make_blocks_in_reading_order()
    {
        var blocks = Extract("<h1>Kop</h1><div>Een<br>Twee</div><ul><li>Drie <b>vet</b></li><li>Vier</li></ul><p>Vijf</p>");

        Assert.Equal(["Kop", "Een", "Twee", "Drie vet", "Vier", "Vijf"], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Links_resolve_to_absolute_urls_against_the_page_and_its_base()
    {
        var blocks = Extract("<p><a href=\"/a/1\">Een</a></p><p><a href=\"2\">Twee</a></p><p><a href=\"#top\">Terug</a></p><p><a href=\"mailto:x@y.z\">Mail</a></p>");
        var based = HtmlExtractor.Extract("<html><head><base href=\"/nieuws/\"></head><body><a href=\"3\">Drie</a></body></html>", PageUrl);

        Assert.Equal(["https://nieuws.example/a/1", "https://nieuws.example/buitenland/2", null, null], blocks.Select(b => b.Link));
        Assert.Equal("https://nieuws.example/nieuws/3", Assert.Single(based).Link);
    }

    [Fact]
    public void A_time_element_is_a_block_with_its_datetime()
    {
        var blocks = Extract("<p>OSLO (ANP) - Tekst. <time datetime=\"2026-11-28T09:00:00Z\">1 uur geleden</time></p>");

        Assert.Equal(("1 uur geleden", "2026-11-28T09:00:00Z"), (blocks[1].Text, blocks[1].DateTime));
        Assert.Null(blocks[0].DateTime);
    }

    [Theory]
    [InlineData("<script>OSLO (ANP) - x.</script>")]
    [InlineData("<style>p{}</style>")]
    [InlineData("<template><p>OSLO (ANP) - x.</p></template>")]
    [InlineData("<nav><a href=\"/\">Home</a></nav>")]
    [InlineData("<footer>© Krant</footer>")]
    [InlineData("<div hidden>Verborgen</div>")]
    [InlineData("<div style=\"display: none\">Verborgen</div>")]
    [InlineData("<div style=\"visibility:hidden\">Verborgen</div>")]
    [InlineData("<div aria-hidden=\"true\">Verborgen</div>")]
    [InlineData("<dialog><p>Nieuwsbrief</p></dialog>")]
    [InlineData("<div class=\"cookie-banner\">Wij gebruiken cookies</div>")]
    [InlineData("<div id=\"CybotCookiebotDialog\"><p>Cookies</p></div>")]
    [InlineData("<div class=\"onetrust-consent-sdk\">Accept all</div>")]
    [InlineData("<div id=\"gdpr\">Privacy</div>")]
    [InlineData("<div class=\"cmp_wrapper\">Toestemming</div>")]
    [InlineData("<div class=\"top-banner\">Abonneer nu</div>")]
    [InlineData("<div class=\"ad-slot\">Advertentie</div>")]
    public void What_a_reader_does_not_see_is_left_out(string hidden)
    {
        Assert.Equal(["Zichtbaar"], Extract(hidden + "<p>Zichtbaar</p>").Select(b => b.Text));
    }

    [Theory]
    [InlineData("<div class=\"lead\">Zichtbaar</div>")]
    [InlineData("<div class=\"header\">Zichtbaar</div>")]
    [InlineData("<div class=\"loading\">Zichtbaar</div>")]
    [InlineData("<dialog open>Zichtbaar</dialog>")]
    public void Classes_that_merely_contain_banner_words_are_kept(string visible)
    {
        Assert.Equal(["Zichtbaar"], Extract(visible).Select(b => b.Text));
    }

    // The shapes of real pages' kickers: a span glued to the headline in its element, a span before it, a
    // wrapper with a title inside, a class among others.
    [Theory]
    [InlineData("<h3><span class=\"vhb-overline\">Syrien</span><span class=\"vhb-headline\">Waffenruhe vereinbart</span></h3>", "Waffenruhe vereinbart")]
    [InlineData("<h5><span class=\"overline\">Das Wunder von Taipeh</span> Die ersten Weltmeisterinnen</h5>", "Die ersten Weltmeisterinnen")]
    [InlineData("<a href=\"/a\"><span class=\"dachzeile \">A4-Zubringer</span> <span>Baustelle dauert länger</span></a>", "Baustelle dauert länger")]
    [InlineData("<div class=\"sz-teaser__overline\"><p class=\"sz-teaser__overline-title\">Bahn</p></div><h3>Züge fahren öfter</h3>", "Züge fahren öfter")]
    [InlineData("<h3><span class=\"a-article-teaser__kicker a-u-show-from-tablet\">Akkus</span> Lithium wird knapp</h3>", "Lithium wird knapp")]
    public void A_kicker_over_a_headline_is_left_out(string markup, string headline)
    {
        Assert.Equal([headline], Extract(markup).Select(b => b.Text));
    }

    [Theory]
    [InlineData("<h6 class=\"kicker-id\"><span>Zichtbaar</span></h6>")]
    [InlineData("<div class=\"vhb-overline--onecolumn\">Zichtbaar</div>")]
    [InlineData("<div class=\"kickers\">Zichtbaar</div>")]
    public void Wrappers_named_after_a_kicker_are_kept(string visible)
    {
        Assert.Equal(["Zichtbaar"], Extract(visible).Select(b => b.Text));
    }

    [Fact]
    public void A_page_root_marked_for_consent_is_still_read()
    {
        var blocks = HtmlExtractor.Extract("<html class=\"cookie-consent\"><body class=\"cmp-pending\"><main class=\"ads\"><p>Tekst</p></main></body></html>", PageUrl);

        Assert.Equal(["Tekst"], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Blocks_in_one_list_item_share_a_container_and_blocks_outside_have_none()
    {
        var blocks = Extract("<ul><li><p>Een</p><p>Twee</p></li><li><p>Drie</p></li></ul><p>Vier</p>");

        Assert.Equal(blocks[0].Container, blocks[1].Container);
        Assert.NotEqual(blocks[1].Container, blocks[2].Container);
        Assert.Null(blocks[3].Container);
    }

    [Fact]
    public void A_deeply_nested_page_is_read_without_overflowing_the_stack()
    {
        var html = new StringBuilder();
        html.Insert(0, "<span>", 20_000).Append("<p>OSLO (ANP) - Diep.</p>");

        var blocks = HtmlExtractor.Extract(html.ToString(), PageUrl);

        Assert.Equal("OSLO (ANP) - Diep.", Assert.Single(blocks).Text);
    }
}
