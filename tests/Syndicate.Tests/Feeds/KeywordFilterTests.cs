using Syndicate.Core.Feeds;
using Syndicate.Core.Wire;

namespace Syndicate.Tests.Feeds;

/// <summary>
/// A view matches keywords on entries itself (the newest first) and asks the search index for the rest, so an entry must
/// match exactly when its stored search text holds every word.
/// </summary>
public sealed class KeywordFilterTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, string, string?, string, string> Texts => new()
    {
        { "Oekraïne", "Aanval in Oekraïne", "KYIV", "ANP", "Oekraïne meldt een aanval." },
        { "kraine", "Aanval in Oekraïne", "KYIV", "ANP", "Geen verdere details." },
        { "anp kyiv", "Aanval", "KYIV", "ANP", "Tekst." },
        { "aanval tekst", "Aanval", null, "AFP", "Tekst." },
        { "ntekst", "Aanval", null, "AFP", "Tekst." },
        { "aanvaltekst", "Aanval", null, "AFP", "Tekst." },
        { "strasse", "Straße gesperrt", "MÜNCHEN", "DPA", "Die Straße ist zu." },
        { "muenchen", "Straße", "MÜNCHEN", "DPA", "Zu." },
        { "munchen", "Straße", "MÜNCHEN", "DPA", "Zu." },
        { "aeroe", "Ærø", "ÆRØ", "RITZAU", "Færgen sejler." },
        { "oeuvre", "Œuvre", null, "AFP", "Une œuvre." },
        { "e tweede", "De tweede ronde", null, "ANP", "Uitslag." },
        { "ronde uitslag", "De tweede ronde", null, "ANP", "Uitslag: 2-1, 3/4; rond-de uitslag..." },
        { "rond de", "X", null, "ANP", "rond-de" },
        { "ΑΘΗΝΑ", "Αθήνα", "ΑΘΗΝΑ", "ANA", "Σεισμός." },
        { "istanbul", "İstanbul", null, "AA", "Deprem." },
        { "😀 emoji", "A 😀 emoji", null, "AP", "x\u0301y" },
        { "xy", "Title", null, "AP", "x\u0301y" },
        { "2025", "Cijfers 2025", null, "CBS", "Over 2.025 mensen." },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void An_entry_matches_exactly_when_its_search_text_holds_every_word(string query, string title, string? dateline, string agency, string body)
    {
        var keywords = KeywordFilter.Parse(query)!;
        var entry = new FeedEntry("id", title, body, Noon, Noon, [new Agency(agency, agency, [])], dateline, [], null, null);

        var searchText = KeywordFilter.SearchText(title, dateline, [agency], body);

        Assert.Equal(keywords.Words.All(w => searchText.Contains(w, StringComparison.Ordinal)), keywords.Matches(entry));
    }

    [Fact]
    public void The_search_text_is_the_folded_words_joined_by_single_spaces_as_stored_in_the_index()
    {
        var text = KeywordFilter.SearchText("  Aanval in Oekraïne!", "KYIV", ["ANP", "AFP"], "Straße, Œuvre; Ærø 2.025 x\u0301y İstanbul 😀 Αθήνα ");

        Assert.Equal("aanval in oekraine kyiv anp afp strasse oeuvre aero 2 025 xy istanbul αθηνα", text);
    }

    [Fact]
    public void A_text_longer_than_any_buffer_is_matched_to_its_end()
    {
        var body = string.Concat(Enumerable.Repeat("Œuvre ", 5_000)) + "slotwoord";
        var entry = new FeedEntry("id", "T", body, Noon, Noon, [], null, [], null, null);

        Assert.True(KeywordFilter.Parse("oeuvre slotwoord")!.Matches(entry));
        Assert.False(KeywordFilter.Parse("slotwoorden")!.Matches(entry));
    }
}
