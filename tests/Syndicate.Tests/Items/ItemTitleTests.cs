using Syndicate.Core.Items;
using Syndicate.Core.Wire;

namespace Syndicate.Tests.Items;

public sealed class ItemTitleTests
{
    private static WireItem Item(string body, string? headline = null) => new(headline, "OSLO", "OSLO", ["ANP"], body, null, null, null);

    [Fact]
    public void A_headline_is_the_title()
    {
        Assert.Equal("Kop", ItemTitle.For(Item("Tekst. Meer tekst.", "Kop")));
    }

    [Theory]
    [InlineData("Poetin sprak met Xi. De twee hebben gebeld.", "Poetin sprak met Xi.")]
    [InlineData("Noord-Korea stuurde ongeveer 10.000 troepen. Meer.", "Noord-Korea stuurde ongeveer 10.000 troepen.")]
    [InlineData("Medewerkers gaan weg uit St. Paul en Minneapolis. Dat meldt Homan.", "Medewerkers gaan weg uit St. Paul en Minneapolis.")]
    [InlineData("Eerste alinea zonder punt\nTweede alinea.", "Eerste alinea zonder punt")]
    public void Without_a_headline_the_title_is_the_first_sentence(string body, string title)
    {
        Assert.Equal(title, ItemTitle.For(Item(body)));
    }

    [Fact]
    public void A_long_first_sentence_is_cut_at_a_word_boundary_with_an_ellipsis()
    {
        var body = string.Join(' ', Enumerable.Repeat("woordje", 40)) + ".";

        var title = ItemTitle.For(Item(body));

        Assert.True(title.Length <= ItemTitle.MaxLength + 1);
        Assert.EndsWith("woordje…", title, StringComparison.Ordinal);
    }
}
