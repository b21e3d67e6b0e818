using Syndicate.Core.Wire;

namespace Syndicate.Tests.Wire;

public sealed class SelectorRecognizerTests
{
    private const string Page = """
        <html><body>
          <div class="feed">
            <div class="entry">
              <a class="more" href="/n/1"><span class="t">Kabinet valt</span></a>
              <div class="txt"><p>DEN HAAG (ANP) - Het kabinet is gevallen.</p><p>Premier biedt ontslag aan.</p></div>
              <em class="when" datetime="2026-11-28T09:00:00Z">5 minuten geleden</em>
            </div>
            <div class="entry">
              <span class="t">Storm op komst</span>
              <div class="txt">Het KNMI waarschuwt voor zware windstoten.</div>
            </div>
            <div class="entry"><span class="t">Alleen een kop</span></div>
          </div>
        </body></html>
        """;

    private static readonly Uri PageUrl = new("https://nieuws.example/");

    private static IReadOnlyList<WireItem> Recognize(WireSelectors selectors) =>
        new SelectorRecognizer(AgencyCatalog.Default).Recognize(HtmlExtractor.Parse(Page), PageUrl, selectors);

    [Fact]
    public void Every_item_element_with_a_body_becomes_an_item_with_its_selected_parts()
    {
        var items = Recognize(new WireSelectors(".entry", Headline: ".t", Body: ".txt", Age: ".when", Link: "a.more"));

        Assert.Equal(2, items.Count);
        var first = items[0];
        Assert.Equal("Kabinet valt", first.Headline);
        Assert.Equal("DEN HAAG", first.Dateline);
        Assert.Equal("DEN HAAG", first.Place);
        Assert.Equal(["ANP"], first.Agencies);
        Assert.Equal("Het kabinet is gevallen.\nPremier biedt ontslag aan.", first.Body);
        Assert.Equal("5 minuten geleden", first.Age);
        Assert.Equal("2026-11-28T09:00:00Z", first.MachineTime);
        Assert.Equal("https://nieuws.example/n/1", first.Link);
    }

    [Fact]
    public void An_item_without_dateline_has_no_place_and_no_agencies()
    {
        var second = Recognize(new WireSelectors(".entry", Headline: ".t", Body: ".txt"))[1];

        Assert.Null(second.Dateline);
        Assert.Null(second.Place);
        Assert.Empty(second.Agencies);
        Assert.Equal("Het KNMI waarschuwt voor zware windstoten.", second.Body);
        Assert.Null(second.Link);
    }

    [Fact]
    public void Without_a_body_selector_the_body_is_the_item_text_but_headline_and_age()
    {
        var first = Recognize(new WireSelectors(".entry", Headline: ".t", Age: ".when"))[0];

        Assert.Equal("Het kabinet is gevallen.\nPremier biedt ontslag aan.", first.Body);
        Assert.Equal("https://nieuws.example/n/1", first.Link);
    }

    [Fact]
    public void Only_the_item_selector_is_required()
    {
        Assert.Null(new WireSelectors(".entry").Validate());
        Assert.Equal("The item selector is required.", new WireSelectors(" ").Validate());
        Assert.Equal("The item selector '..x' is not valid CSS.", new WireSelectors("..x").Validate());
    }
}
