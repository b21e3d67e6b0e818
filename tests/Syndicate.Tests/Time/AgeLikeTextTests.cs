using Syndicate.Core.Time;
using Syndicate.Core.Wire;
using Syndicate.Tests.Wire;

namespace Syndicate.Tests.Time;

/// <summary>Texts shaped like ages that no grammar reads are reported; durations, counts and prose are not.</summary>
public sealed class AgeLikeTextTests
{
    [Theory]
    [InlineData("5 minuutjes geleden")]
    [InlineData("2 uurtjes geleden")]
    [InlineData("Bijgewerkt 5 minuutjes geleden")]
    [InlineData("hace 5 mins")]
    [InlineData("há 5 mins")]
    [InlineData("vor gut 2 Stunden")]
    [InlineData("5 minuter sedan")]
    [InlineData("for 5 minutter siden")]
    [InlineData("5 minut temu")]
    [InlineData("16 minuten geleden")]
    public void A_short_text_with_a_number_and_a_word_that_marks_the_past_is_shaped_like_an_age(string text) =>
        Assert.True(AgeLikeText.Is(text));

    [Theory]
    [InlineData("16 minuten leestijd")]
    [InlineData("12 reacties")]
    [InlineData("2026")]
    [InlineData("minuten geleden")]
    [InlineData("Dat gebeurde 3 jaar geleden")]
    [InlineData("De brand woedde volgens de brandweer al 3 uur voordat iemand hem zag, 2 dagen geleden")]
    [InlineData("Tweede Kamer stemt in met 12 moties")]
    public void Durations_counts_prose_and_a_past_word_without_a_number_are_not(string text) =>
        Assert.False(AgeLikeText.Is(text));

    [Fact]
    public void A_page_names_the_ages_no_language_reads_and_keeps_its_items()
    {
        const string Page = """
            Buitenland

            BRUSSEL (ANP) - De EU-lidstaten hebben overeenstemming bereikt over nieuwe regels voor de opslag van gas.
            5 minuutjes geleden

            OSLO (ANP) - Noorwegen verhoogt de rente met een kwart procentpunt om de inflatie te remmen.
            16 minuten geleden
            """;

        var read = new PageReader(AgencyCatalog.Default, AgeGrammar.Preferring("nl")).Read(System.Text.Encoding.UTF8.GetBytes(Page), "text/plain", null);

        Assert.Equal(2, read.Items.Count);
        Assert.Equal(["5 minuutjes geleden"], read.UnreadAges);
    }

    [Fact]
    public void No_page_of_the_real_corpus_raises_an_unread_age_that_is_not_one()
    {
        var flagged = Directory.GetDirectories(RecognitionCorpus.Development.Directory)
            .Select(Path.GetFileName)
            .SelectMany(page => RecognitionCorpus.Development.ReadAll(page!).UnreadAges.Select(text => $"{page}: {text}"))
            .ToList();

        Assert.Empty(flagged);
    }
}
