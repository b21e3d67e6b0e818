using Syndicate.Core.Time;
using Syndicate.Core.Wire;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Wire;

public sealed class SeedRecognitionTests
{
    private static readonly WireRecognizer Recognizer = new(AgencyCatalog.Default, AgeGrammar.For("nl"));

    private static readonly (string Place, string[] Agencies, string? Age, string BodyStart)[] Expected =
    [
        ("WASHINGTON", ["ANP", "RTR"], null, "Noord-Koreaanse troepen waren de afgelopen dagen"),
        ("BRUSSEL", ["ANP"], "16 minuten geleden", "De EU-lidstaten hebben woensdag een akkoord"),
        ("MINNEAPOLIS", ["ANP", "AFP", "RTR"], "56 minuten geleden", "Ruim zevenhonderd medewerkers"),
        ("OSLO", ["ANP"], "1 uur geleden", "Vier organisaties waarvan de Noorse kroonprinses Mette-Marit"),
        ("MILAAN", ["ANP", "AFP"], "1 uur geleden", "Italië heeft vlak voor het begin"),
        ("OSLO", ["ANP"], "2 uur geleden", "Marius Borg Høiby werd woensdag emotioneel"),
        ("LONDEN", ["ANP"], "2 uur geleden", "De Britse politicus Peter Mandelson"),
        ("MOSKOU", ["ANP", "AFP", "RTR"], "4 uur geleden", "De Chinese leider Xi Jinping"),
    ];

    public static TheoryData<string> Pages => new() { "text", "html" };

    private static IReadOnlyList<WireItem> Recognize(string page) => Recognizer.Recognize(page == "text"
        ? PlainTextExtractor.Extract(File.ReadAllText(Samples.SeedTextPath))
        : HtmlExtractor.Extract(File.ReadAllText(Samples.SeedHtmlPath), new Uri("https://nieuws.example/buitenland")));

    [Theory]
    [MemberData(nameof(Pages))]
    public void Seed_yields_the_lead_and_the_seven_more_items_with_their_own_ages(string page)
    {
        var items = Recognize(page);

        Assert.Equal(Expected.Length, items.Count);
        for (var i = 0; i < Expected.Length; i++)
        {
            var (place, agencies, age, bodyStart) = Expected[i];
            Assert.Equal(place, items[i].Place);
            Assert.Equal(place, items[i].Dateline);
            Assert.Equal(agencies, items[i].Agencies);
            Assert.Equal(age, items[i].Age);
            Assert.StartsWith(bodyStart, items[i].Body, StringComparison.Ordinal);
            Assert.DoesNotContain("geleden", items[i].Body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Seed_lead_has_its_headline_and_all_three_paragraphs_and_the_list_has_a_section(string page)
    {
        var items = Recognize(page);

        var lead = items[0];
        Assert.Equal("VS bevestigen dat Noord-Koreanen tegen Oekraïne vechten", lead.Headline);
        Assert.Equal(3, lead.Body.Split('\n').Length);
        Assert.EndsWith("sprak over een \"significante escalatie\".", lead.Body, StringComparison.Ordinal);
        Assert.Null(lead.Section);
        Assert.All(items.Skip(1), item =>
        {
            Assert.Null(item.Headline);
            Assert.Equal("Buitenland", item.Section);
        });
    }

    [Fact]
    public void Html_rendering_and_text_capture_yield_the_same_items_but_for_links()
    {
        var fromText = Recognize("text");
        var fromHtml = Recognize("html");

        Assert.Equal(
            fromText.Select(i => (i.Headline, i.Dateline, string.Join('/', i.Agencies), i.Body, i.Age, i.Section)),
            fromHtml.Select(i => (i.Headline, i.Dateline, string.Join('/', i.Agencies), i.Body, i.Age, i.Section)));
        Assert.All(fromText, item => Assert.Null(item.Link));
        Assert.All(fromHtml.Skip(1), item => Assert.StartsWith("https://nieuws.example/buitenland/100", item.Link, StringComparison.Ordinal));
    }
}
