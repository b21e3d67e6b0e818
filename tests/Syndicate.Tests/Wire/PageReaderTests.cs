using System.Text;
using Syndicate.Core.Time;
using Syndicate.Core.Wire;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Wire;

public sealed class PageReaderTests
{
    private static readonly PageReader Reader = new(AgencyCatalog.Default, AgeGrammar.For("nl"));

    private static readonly Uri PageUrl = new("https://nieuws.example/lijst/");

    private static PageReadResult ReadHtml(string html, WireSelectors? selectors = null) =>
        Reader.Read(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", PageUrl, selectors);

    [Fact]
    public void The_seed_capture_read_from_bytes_gives_its_eight_items()
    {
        var result = Reader.Read(File.ReadAllBytes(Samples.SeedTextPath), null, null);

        Assert.True(result.Succeeded);
        Assert.Null(result.Warning);
        Assert.Equal(8, result.Items.Count);
    }

    [Fact]
    public void An_empty_page_is_refused()
    {
        var result = Reader.Read([], "text/html", PageUrl);

        Assert.False(result.Succeeded);
        Assert.Equal("The page is empty (0 bytes).", result.Error);
        Assert.Empty(result.Items);
    }

    [Fact]
    public void A_page_of_white_space_is_refused()
    {
        Assert.Equal("The page has no text.", Reader.Read("  \n\t "u8, "text/plain", null).Error);
    }

    [Fact]
    public void A_page_over_the_size_limit_is_refused_with_both_sizes()
    {
        var result = Reader.Read(new byte[2001], "text/html", PageUrl, maxBytes: 2000);

        Assert.Equal("The page is 2,001 bytes, over the limit of 2,000 bytes.", result.Error);
    }

    [Fact]
    public void The_default_size_limit_is_five_megabytes()
    {
        var page = Encoding.ASCII.GetBytes(new string('a', PageReader.DefaultMaxBytes + 1));

        Assert.StartsWith("The page is 5,242,881 bytes", Reader.Read(page, "text/plain", null).Error, StringComparison.Ordinal);
        Assert.Equal(5 * 1024 * 1024, PageReader.DefaultMaxBytes);
    }

    [Fact]
    public void A_page_nested_deeper_than_browsers_build_is_refused_before_parsing()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<p>OSLO (ANP) - Diep.</p>";

        Assert.Equal("The page nests its elements more than 512 deep.", ReadHtml(html).Error);
    }

    [Fact]
    public void Unclosed_paragraphs_list_items_comments_and_scripts_do_not_count_as_nesting()
    {
        var html = "<!-- <div><div> -->" + string.Concat(Enumerable.Repeat("<p>Tekst<li>Item<br><img src=x><div>Blok</div><script>'<div>'</script>", 2000))
            + "<p>OSLO (ANP) - Een bericht.";

        Assert.Equal("OSLO", Assert.Single(ReadHtml(html).Items).Place);
    }

    [Fact]
    public void A_page_of_credit_lines_and_desk_codes_is_read_in_one_pass()
    {
        var lines = string.Concat(Enumerable.Repeat("(AFP)\nDEL12 ABC-DEF\n", 40_000)) + "Kabinet valt\nDEN HAAG (ANP) - Het kabinet is gevallen.";

        Assert.Equal("DEN HAAG", Assert.Single(Reader.Read(Encoding.UTF8.GetBytes(lines), "text/plain", null).Items).Place);
    }

    [Fact]
    public void Binary_data_is_refused_with_the_reason()
    {
        var result = Reader.Read([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], null, PageUrl);

        Assert.Equal("The page is binary data (a ZIP archive), not text.", result.Error);
    }

    [Fact]
    public void A_page_without_items_is_read_with_a_warning()
    {
        var result = ReadHtml("<html><body><h1>Uitslagen</h1><p>Ajax - PSV 2-1.</p></body></html>");

        Assert.True(result.Succeeded);
        Assert.Empty(result.Items);
        Assert.Equal("No wire items found on the page.", result.Warning);
    }

    [Fact]
    public void Unknown_credits_of_the_page_are_listed_once()
    {
        var result = ReadHtml("<p>KYIV (ANP/NU.nl) - Een.</p><p>OSLO (NU.nl/NTB) - Twee.</p><p>ROME (ANSA/XYZ) - Drie.</p>");

        Assert.Equal(["NU.nl", "XYZ"], result.UnknownCredits);
    }

    [Fact]
    public void A_kicker_printed_in_the_headlines_element_stays_out_of_the_headline()
    {
        var result = ReadHtml(
            "<html><body><ul><li><h2><a href=\"/1\"><span class=\"kicker\">Gastgewerbe</span> Terrassen öffnen wieder</a></h2>"
            + "<p>Soest (dpa) - Zwei Städte lassen die Außengastronomie von der kommenden Woche an wieder zu.</p></li></ul></body></html>");

        var item = Assert.Single(result.Items);
        Assert.Equal(("Terrassen öffnen wieder", "Soest"), (item.Headline, item.Place));
    }

    [Fact]
    public void Selectors_read_the_page_when_the_grammar_finds_no_item()
    {
        const string html = """
            <div class="item"><h3>Kabinet valt</h3><p class="txt">Het kabinet is gevallen.</p><a href="/a/1">lees</a></div>
            <div class="item"><h3>Brand</h3><p class="txt">Er woedt een brand.</p></div>
            """;

        var result = ReadHtml(html, new WireSelectors(".item", Headline: "h3", Body: ".txt"));

        Assert.Null(result.Warning);
        Assert.Equal(["Kabinet valt", "Brand"], result.Items.Select(i => i.Headline));
        Assert.Equal("https://nieuws.example/a/1", result.Items[0].Link);
    }

    [Fact]
    public void Selectors_are_not_used_when_the_grammar_finds_items()
    {
        var result = ReadHtml("<div class=\"item\"><p>OSLO (ANP) - Een bericht.</p></div>", new WireSelectors(".nothing-here"));

        Assert.Equal("OSLO", Assert.Single(result.Items).Place);
    }

    [Fact]
    public void Invalid_selectors_are_an_error_that_names_the_selector()
    {
        var result = ReadHtml("<p>Geen berichten.</p>", new WireSelectors(".item", Headline: "h3[[["));

        Assert.Equal("The headline selector 'h3[[[' is not valid CSS.", result.Error);
    }
}
