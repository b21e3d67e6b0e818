using Syndicate.Core.Wire;

namespace Syndicate.Tests.Wire;

/// <summary>
/// One test per layout the grammar learned from real pages (issue 12), each on a corpus page that
/// shows it; the rule is written in src/Syndicate.Core/Wire/README.md.
/// </summary>
public sealed class RecognitionCategoryTests
{
    private static IReadOnlyList<WireItem> Read(string page) => RecognitionCorpus.Development.Read(page);

    [Fact]
    public void Credit_before_the_place_gives_the_place_after_it_and_the_date_stays_in_the_dateline()
    {
        var voce = Read("it-voce-2");
        var sestina = Read("it-lasestina-1");

        Assert.Equal(("MONZA (MONZA-BRIANZA), 28 MAG", "MONZA", "ANSA"), (voce[0].Dateline, voce[0].Place, voce[0].Agencies.Single()));
        Assert.Equal(["12 DIC, MILANO", "MILANO, 12 DIC", "MILANO 12 DIC"], sestina.Select(i => i.Dateline));
        Assert.All(sestina, i => Assert.Equal("MILANO", i.Place));
    }

    [Fact]
    public void A_clock_glued_before_the_headline_is_the_items_age_and_not_part_of_the_headline()
    {
        var voce = Read("it-voce-1");
        var ticker = Read("de-jaumann-1");

        Assert.Equal(("15:03", "Ostia: Minniti, la libereremo dalle mafie"), (voce[0].Age, voce[0].Headline));
        Assert.Equal(["08:17", "08:05", "07:16", "06:52"], ticker.Select(i => i.Age));
        Assert.Equal("DIHK fürchtet Einbruch im Geschäft mit dem Iran", ticker[0].Headline);
    }

    [Fact]
    public void A_timestamp_line_between_or_above_headline_and_dateline_is_the_age_and_keeps_the_headline()
    {
        var newsok = Read("en-newsok-1");
        var sestina = Read("it-lasestina-1");

        Assert.Equal("Michelle Obama, Jill Biden visit Maryland veterans center", newsok[0].Headline);
        Assert.All(newsok, i => Assert.Equal("Updated: 15 hr ago", i.Age));
        Assert.Equal(["12 Dic 2025 - 12:38", "12 Dic 2025 - 12:35", "12 Dic 2025 - 12:30"], sestina.Select(i => i.Age));
    }

    [Fact]
    public void A_date_heading_the_page_is_no_items_age()
    {
        var items = Read("en-thordana-1");

        Assert.Equal(4, items.Count);
        Assert.All(items, i => Assert.Null(i.Age));
    }

    [Fact]
    public void A_credit_and_time_line_between_headline_and_text_credits_the_item_and_dates_it()
    {
        var item = Assert.Single(Read("pt-faladepapagaio-2"));

        Assert.Equal(["LUSA"], item.Agencies);
        Assert.Equal("03/09/2025", item.Age);
        Assert.Equal("\"Se Zelensky estiver preparado, que venha a Moscovo\", diz Putin", item.Headline);
        Assert.StartsWith("O presidente russo disse hoje", item.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byline_in_capitals_before_the_dateline_on_the_same_line_is_left_out()
    {
        var items = Read("en-abc17news-1");

        Assert.Equal(["STOCKHOLM", "RALEIGH, N.C.", "NEW YORK", "LONDON"], items.Select(i => i.Dateline));
        Assert.All(items, i => Assert.Equal(["AP"], i.Agencies));
        Assert.StartsWith("North Carolina's Democratic governor", items[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dateline_and_credit_alone_on_a_line_credit_the_uncredited_items_below_it()
    {
        var items = Read("es-swissinfo-1");

        Assert.Equal(["Mindanao (Filipinas)", "Isla de Java (Indonesia)", "Ginebra", "Kiev", "Nueva York (EE.UU.)"], items.Select(i => i.Dateline));
        Assert.All(items, i => Assert.Equal(["EFE"], i.Agencies));
        Assert.All(items, i => Assert.True(i.CreditInherited));
    }

    [Fact]
    public void A_country_in_parentheses_after_a_place_is_no_credit()
    {
        Assert.Equal("Mindanao", Read("es-swissinfo-1")[0].Place);
        Assert.Empty(Read("nl-fok-1"));
    }

    [Fact]
    public void Agency_lists_without_datelines_take_the_credit_from_a_credit_line_or_a_label_on_the_headline()
    {
        var afterText = Read("pt-liberalfm-1");
        var onHeadline = Read("fr-belinfos-1");

        Assert.Equal(2, afterText.Count);
        Assert.All(afterText, i => Assert.Equal(["ABR"], i.Agencies));
        Assert.Equal("Incêndio em ministério em Brasília deixa seis feridos", afterText[0].Headline);
        Assert.Equal(4, onHeadline.Count);
        Assert.Equal("Coronavirus - La Maison Blanche réclame 2,5 mds USD au Congrès", onHeadline[0].Headline);
        Assert.All(onHeadline, i => Assert.Equal(["BELGA"], i.Agencies));
    }

    [Fact]
    public void A_credit_closing_the_text_makes_an_item_of_the_headline_and_text_above_it()
    {
        var tawsa = Assert.Single(Read("es-tawsa-1"));
        var diario = Read("es-eldiario-1");

        Assert.Equal(["AFP"], tawsa.Agencies);
        Assert.Equal("15:53", tawsa.Age);
        Assert.Equal(["Washington", "Managua", "Quito"], diario.Select(i => i.Place));
        Assert.Equal("Dos sismos sacuden provincias de Ecuador", diario[2].Headline);
    }

    [Fact]
    public void A_regional_service_code_after_the_agency_is_the_agencys_service_not_a_credit()
    {
        var items = Read("de-sat1-1");

        Assert.All(items, i => Assert.Equal(["DPA"], i.Agencies));
        Assert.Equal(["dpa/lni", "dpa/lni", "dpa/lno", "dpa/lni"], items.Select(i => i.Services.Single()));
        Assert.All(items, i => Assert.Empty(i.UnknownCredits));
    }

    [Fact]
    public void Photo_credits_and_captions_are_no_items_and_no_headlines()
    {
        var live = Read("en-reuterslive-1");
        var captioned = Read("de-sat1-2");

        Assert.Empty(Read("de-upday-1"));
        Assert.Empty(Read("pt-sidneysilva-1"));
        Assert.Equal(["New top diplomats in China point to focus on U.S., Japan, North Korea", "Quiet exit as pope steps down"], live.Select(i => i.Headline));
        Assert.Equal("Bericht: Burke vor Wechsel von Werder Bremen zu Union Berlin", captioned[0].Headline);
    }

    [Fact]
    public void The_section_is_the_nearest_heading_above_with_wrapper_words_dropped()
    {
        Assert.All(Read("de-sat1-1"), i => Assert.Equal("Norddeutschland", i.Section));
        Assert.All(Read("en-abc17news-1"), i => Assert.Equal("AP-National", i.Section));
        Assert.Equal(["Sociedade", "Investidura do Primeiro-ministro"], Read("pt-angnoticias-3").Select(i => i.Section));
        Assert.All(Read("it-voce-1"), i => Assert.Null(i.Section));
    }

    [Fact]
    public void Keyword_lines_in_capitals_are_neither_sections_nor_headlines()
    {
        var items = Read("es-swissinfo-2");

        Assert.Equal(["Jerusalén, 20 de oct", "La Paz"], items.Select(i => i.Dateline));
        Assert.All(items, i => Assert.Null(i.Section));
        Assert.All(items, i => Assert.Null(i.Headline));
    }

    [Fact]
    public void Ages_and_times_inside_texts_and_headlines_are_not_the_items_age()
    {
        var bombs = Read("nl-zeelandnet-2");
        var ede = Read("nl-zeelandnet-3");

        Assert.Contains("drie dagen geleden", bombs[4].Body, StringComparison.Ordinal);
        Assert.Equal("4 uur geleden", bombs[4].Age);
        Assert.Contains("om 12.00 uur", ede[0].Body, StringComparison.Ordinal);
        Assert.Null(ede[0].Age);
        Assert.All(Read("es-swissinfo-2"), i => Assert.Null(i.Age));
    }

    [Fact]
    public void Italian_and_Portuguese_wire_copy_is_read_with_its_datelines_and_credits()
    {
        var italian = Read("it-studionews-1");
        var portuguese = Read("pt-angnoticias-2");

        Assert.Equal(("Roma, 13 dic.", "Roma", "ASKANEWS"), (italian[0].Dateline, italian[0].Place, italian[0].Agencies.Single()));
        Assert.Equal("Ucraina, mercoledì a Bruxelles vertice dei leader europei con Zelensky", italian[0].Headline);
        Assert.Equal(["Canchungo, 19 Ago 25", "Bissau, 19 Ago 25"], portuguese.Select(i => i.Dateline));
        Assert.All(portuguese, i => Assert.Equal(["ANG"], i.Agencies));
    }

    [Fact]
    public void A_credit_in_parentheses_with_no_place_opens_an_item_of_an_agency_the_catalog_knows()
    {
        var items = Read("it-granpaese-1");

        Assert.Equal(3, items.Count);
        Assert.All(items, i => Assert.Equal(["ADNKRONOS"], i.Agencies));
        Assert.All(items, i => Assert.Null(i.Dateline));
        Assert.StartsWith("Piazza Duomo, a Milano", items[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_credit_and_time_line_joined_by_a_bar_with_a_month_first_date_credits_and_dates_the_item()
    {
        var items = Read("en-mynorthwest-2");

        Assert.Equal(6, items.Count);
        Assert.All(items, i => Assert.Equal(["AP"], i.Agencies));
        Assert.Equal(["February 11, 2016 7:56 pm", "February 11, 2016 7:56 pm", "February 11, 2016 7:37 pm"], items.Take(3).Select(i => i.Age));
        Assert.Equal("AP FACT CHECK: Clinton and Sanders on health care and donors", items[1].Headline);
    }

    [Fact]
    public void One_time_above_the_first_of_several_items_is_the_pages_date_not_the_first_items_age()
    {
        var titled = Read("en-kvia-1");
        var dated = Read("en-radio-1");

        Assert.Equal((2, 3), (titled.Count, dated.Count));
        Assert.All(titled.Concat(dated), i => Assert.Null(i.Age));
        Assert.Equal(("LOUISVILLE, Ky.", "LOUISVILLE"), (titled[0].Dateline, titled[0].Place));
    }

    [Fact]
    public void A_place_and_an_agency_joined_by_a_slash_on_a_line_of_their_own_open_the_text_below()
    {
        var items = Read("es-elnuevodiario-1");

        Assert.Equal(["MÉXICO", "WASHINGTON", "MÉXICO"], items.Select(i => i.Dateline));
        Assert.All(items, i => Assert.Equal(["AFP"], i.Agencies));
        Assert.Equal("Mandatario ecuatoriano cierra su visita a México", items[0].Headline);
        Assert.StartsWith("El presidente de Ecuador", items[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_double_hyphen_is_a_dash_and_a_date_ending_a_headline_after_a_short_word_stays_in_it()
    {
        var items = Read("pt-portocanal-1");
        var lisbon = items.Single(i => i.Dateline == "Lisboa, 06 mai");
        var maputo = items.Single(i => i.Dateline == "Maputo, 06 mai");

        Assert.StartsWith("Louis Ferrante", lisbon.Body, StringComparison.Ordinal);
        Assert.Equal("Secretário-geral da ONU vai a Moçambique entre 20 e 22 de maio", maputo.Headline);
        Assert.Null(maputo.Age);
    }

    [Fact]
    public void A_known_agencys_credit_needs_no_dash_before_a_capital()
    {
        var items = Read("en-plenglish-1");

        Assert.Equal(10, items.Count);
        Assert.All(items, i => Assert.Equal(["PRENSALATINA"], i.Agencies));
        Assert.Equal(("Havana, May 8", "Havana"), (items[0].Dateline, items[0].Place));
        Assert.StartsWith("Cuba's head of state", items[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_agency_before_the_place_with_or_without_parentheses_and_a_country_in_parentheses_before_the_credit()
    {
        var dakar = Read("en-apanews-1");
        var rome = Read("it-youbuyz-1");
        var pokrovsk = Assert.Single(Read("fr-vidostream-1"));

        Assert.Equal(6, dakar.Count);
        Assert.All(dakar, i => Assert.Equal(("Dakar (Senegal)", "Dakar", "APA"), (i.Dateline, i.Place, i.Agencies.Single())));
        Assert.All(rome, i => Assert.Equal(("Roma, 11 giu.", "Roma", "AGI"), (i.Dateline, i.Place, i.Agencies.Single())));
        Assert.StartsWith("Ai Comuni andranno", rome[0].Body, StringComparison.Ordinal);
        Assert.Equal(("Pokrovsk (Ukraine)", "Pokrovsk", "AFP"), (pokrovsk.Dateline, pokrovsk.Place, pokrovsk.Agencies.Single()));
        Assert.Null(pokrovsk.Section);
    }

    [Fact]
    public void A_byline_with_the_agency_and_no_dateline_credits_the_text_after_the_writers_title()
    {
        var items = Read("en-newspressnow-1");

        Assert.Equal(4, items.Count);
        Assert.All(items, i => Assert.Equal(["AP"], i.Agencies));
        Assert.Null(items[1].Dateline);
        Assert.StartsWith("Workers throughout the huge", items[1].Body, StringComparison.Ordinal);
        Assert.Equal("Sweeping job cuts begin at the nation’s public health agencies", items[1].Headline);
    }

    [Fact]
    public void A_question_right_above_the_dateline_is_the_headline_and_a_teaser_ending_in_read_more_ends_its_item()
    {
        var explainer = Read("en-columbiabasinherald-1");
        var madrid = Read("es-piauiconectado-1");

        Assert.Equal("EXPLAINER: What did Japan's Hayabusa2 probe achieve?", explainer[0].Headline);
        Assert.Equal("Alexander-Arnold: «Llegar al Real Madrid es cumplir un sueño»", madrid[2].Headline);
        Assert.Equal("Suspendido el concierto de Morrissey en Noches del Botánico de este jueves", madrid[3].Headline);
        Assert.Null(madrid[3].Age);
    }

    [Fact]
    public void Dates_one_beside_each_item_are_their_ages_and_a_date_and_section_line_gives_both()
    {
        var ticker = Read("de-dzonline-1");
        var milan = Read("it-corriere-1");

        Assert.Equal(["Do., 24.08.2017", "Do., 24.08.2017"], ticker.Take(2).Select(i => i.Age));
        Assert.Equal(["12 dic", "12 dic", "12 dic"], milan.Select(i => i.Age));
        Assert.Equal(["Politica", "Economia", "Cronaca"], milan.Select(i => i.Section));
    }

    [Fact]
    public void Headlines_numbered_as_a_list_lose_the_number_and_a_topic_line_under_a_headline_is_not_it()
    {
        var numbered = Read("de-bild-1");
        var topics = Read("de-antenne1-1");

        Assert.Equal("Berichte: Amris Fingerabdrücke am Lastwagen entdeckt", numbered[0].Headline);
        Assert.Equal("Von der Leyen besucht Soldaten in Afghanistan zu Weihnachten", numbered[3].Headline);
        Assert.Equal(["Wahlkampfautos der AfD in Essen ausgebrannt", "Afghane erhält kein Geld für Abschiebehaft"], topics.Select(i => i.Headline));
    }

    [Fact]
    public void A_short_heading_over_items_without_headlines_is_their_section_and_print_buttons_are_chrome()
    {
        var cuba = Read("en-plenglish-1");
        var print = Read("en-whas11-1");

        Assert.All(cuba, i => Assert.Null(i.Headline));
        Assert.All(cuba, i => Assert.Equal("Interior Cuba", i.Section));
        Assert.All(print, i => Assert.Null(i.Section));
    }

    [Fact]
    public void Von_dpa_under_a_text_credits_it()
    {
        var items = Read("de-wn-1");

        Assert.Equal(6, items.Count);
        Assert.All(items, i => Assert.Equal(["DPA"], i.Agencies));
        Assert.Null(items[0].Dateline);
        Assert.StartsWith("Wieder haben Unbekannte im Ruhrgebiet", items[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_newsrooms_name_before_com_credits_the_text_to_its_agency_and_a_label_after_a_bar_is_no_headline()
    {
        var first = Read("pt-portocanal-1")[0];
        var second = Read("pt-portocanal-2")[0];

        Assert.Equal(("Sobe para dez o número de mortos em deslizamento de terras no Rio de Janeiro", (string?)null), (first.Headline, first.Dateline));
        Assert.Equal(["LUSA"], first.Agencies);
        Assert.StartsWith("As autoridades brasileiras aumentaram", first.Body, StringComparison.Ordinal);
        Assert.Equal("Encontrados seis corpos junto ao Pão de Açúcar no Rio de Janeiro", second.Headline);
        Assert.Equal("Rio de Janeiro, Brasil, 10 jun", second.Dateline);
    }
}
